import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { registerIpc } from '../../../../src/main/hosts/electron/register-ipc'
import { apiMethods } from '../../../../src/shared/api-methods'

type Handler = (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>

function register(trusted: boolean) {
  const handlers = new Map<string, Handler>()
  const dispatch = vi.fn(async (method: string) => ({ ok: true as const, value: method }))
  registerIpc(
    { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as never,
    dispatch,
    () => trusted,
  )
  return { handlers, dispatch }
}

describe('registerIpc', () => {
  it('registers one api:<method> channel per contract method and nothing else', () => {
    const { handlers } = register(true)
    expect([...handlers.keys()].sort()).toEqual(apiMethods.map((m) => `api:${m}`).sort())
  })

  it('passes a trusted call to the dispatcher', async () => {
    const { handlers, dispatch } = register(true)
    expect(await handlers.get('api:listIssues')!({} as IpcMainInvokeEvent, {})).toEqual({
      ok: true,
      value: 'listIssues',
    })
    expect(dispatch).toHaveBeenCalledWith('listIssues', {})
  })

  it('refuses a call from an untrusted frame before validating anything', async () => {
    const { handlers, dispatch } = register(false)
    const result = await handlers.get('api:removeIssue')!({} as IpcMainInvokeEvent, { id: 'x' })
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-arguments' } })
    expect(dispatch).not.toHaveBeenCalled()
  })
})
