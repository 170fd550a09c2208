import { describe, expect, it, vi } from 'vitest'
import type { ApiHandlers } from '../../../src/main/services/handlers/handler-types'
import { createDispatch } from '../../../src/main/services/dispatch'
import { GlossError } from '../../../src/shared/errors'

function handlersWith(overrides: Partial<ApiHandlers>): ApiHandlers {
  return new Proxy(overrides as ApiHandlers, {
    get: (target, name: string) => target[name as keyof ApiHandlers] ?? vi.fn(async () => 'called'),
  })
}

describe('createDispatch', () => {
  it('runs the handler with validated arguments and wraps the value', async () => {
    const getIssue = vi.fn(async () => ({ meta: {}, text: '', articles: [] }))
    const dispatch = createDispatch(handlersWith({ getIssue } as unknown as Partial<ApiHandlers>))
    const result = await dispatch('getIssue', { id: 'b'.repeat(64) })
    expect(result.ok).toBe(true)
    expect(getIssue).toHaveBeenCalledWith({ id: 'b'.repeat(64) })
  })

  it('refuses unknown methods and bad arguments without calling a handler', async () => {
    const getIssue = vi.fn()
    const dispatch = createDispatch(handlersWith({ getIssue } as unknown as Partial<ApiHandlers>))
    expect(await dispatch('deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    })
    expect(await dispatch('getIssue', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    })
    expect(getIssue).not.toHaveBeenCalled()
  })

  it('carries a GlossError code and message across, and hides other errors behind internal', async () => {
    const logged: unknown[] = []
    const dispatch = createDispatch(
      handlersWith({
        removeIssue: async () => {
          throw new GlossError('read-only', 'The library is open read-only.')
        },
        listIssues: async () => {
          throw new TypeError('boom')
        },
      }),
      (error) => logged.push(error),
    )
    expect(await dispatch('removeIssue', { id: 'c'.repeat(64) })).toEqual({
      ok: false,
      error: { code: 'read-only', message: 'The library is open read-only.' },
    })
    expect(await dispatch('listIssues', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
    expect(logged).toHaveLength(1)
  })
})
