import { beforeEach, describe, expect, it, vi } from 'vitest'
import { apiMethods } from '../../src/shared/api-methods'

const exposed = new Map<string, Record<string, (args: unknown) => Promise<unknown>>>()
const invoke = vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } }))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (args: unknown) => Promise<unknown>>) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}))

describe('the preload script', () => {
  beforeEach(async () => {
    exposed.clear()
    vi.resetModules()
    await import('../../src/preload/index')
  })

  it('exposes exactly the contract as window.gloss, nothing else', () => {
    expect([...exposed.keys()]).toEqual(['gloss'])
    expect(Object.keys(exposed.get('gloss')!).sort()).toEqual([...apiMethods].sort())
  })

  it('sends each method on its own api:<method> channel', async () => {
    const result = await exposed.get('gloss')!.getIssue({ id: 'x' })
    expect(invoke).toHaveBeenCalledWith('api:getIssue', { id: 'x' })
    expect(result).toEqual({ ok: true, value: { channel: 'api:getIssue', args: { id: 'x' } } })
  })
})
