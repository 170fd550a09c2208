import { beforeEach, describe, expect, it, vi } from 'vitest'
import { apiMethods } from '../../src/shared/api-methods'

const exposed = new Map<string, Record<string, (args: unknown) => Promise<unknown>>>()
const invoke = vi.fn(async (channel: string, args: unknown) => ({
  ok: true,
  value: { channel, args },
}))
const listeners = new Map<string, (event: unknown, payload: unknown) => void>()

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (args: unknown) => Promise<unknown>>) =>
      exposed.set(key, api),
  },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}))

describe('the preload script', () => {
  beforeEach(async () => {
    exposed.clear()
    vi.resetModules()
    await import('../../src/preload/index')
  })

  it('exposes exactly the contract as window.gloss and the menu bridge, nothing else', () => {
    expect([...exposed.keys()]).toEqual(['gloss', 'glossMenu'])
    expect(Object.keys(exposed.get('gloss')!).sort()).toEqual([...apiMethods].sort())
  })

  it('sends each method on its own api:<method> channel', async () => {
    const result = await exposed.get('gloss')!.getIssue({ id: 'x' })
    expect(invoke).toHaveBeenCalledWith('api:getIssue', { id: 'x' })
    expect(result).toEqual({ ok: true, value: { channel: 'api:getIssue', args: { id: 'x' } } })
  })

  it('forwards only known menu commands, and stops when asked', () => {
    const received: string[] = []
    const menu = exposed.get('glossMenu') as unknown as {
      onCommand: (l: (c: string) => void) => () => void
    }
    const stop = menu.onCommand((command) => received.push(command))
    listeners.get('event:menu-command')!({}, 'undo')
    listeners.get('event:menu-command')!({}, 'rm -rf /')
    expect(received).toEqual(['undo'])
    stop()
    expect(listeners.has('event:menu-command')).toBe(false)
  })
})
