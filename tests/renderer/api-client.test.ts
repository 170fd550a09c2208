import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WireApi } from '../../src/shared/contract'
import { ApiError } from '../../src/renderer/src/api/api-error'
import { createGlossApi } from '../../src/renderer/src/api/client'
import { createHttpWire } from '../../src/renderer/src/api/http'
import { takeToken } from '../../src/renderer/src/api/token'
import { unwrapApi } from '../../src/renderer/src/api/unwrap'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
  delete window.gloss
  window.history.replaceState(null, '', '/')
})

describe('HTTP client', () => {
  it('POSTs /api/<method> with the JSON arguments and the token header, and unwraps the value', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: { removed: true } }))
    const api = unwrapApi(createHttpWire({ token: 'secret-123', fetch: fetchMock }))
    const id = 'a'.repeat(64)
    await expect(api.removeIssue({ id })).resolves.toEqual({ removed: true })

    expect(fetchMock).toHaveBeenCalledTimes(1)
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/removeIssue')
    expect(init.method).toBe('POST')
    expect(new Headers(init.headers).get('X-Gloss-Token')).toBe('secret-123')
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json')
    expect(JSON.parse(String(init.body))).toEqual({ id })
  })

  it('throws an ApiError with the code and message of an error result', async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse({ ok: false, error: { code: 'not-found', message: 'No such issue.' } }, 404),
    )
    const api = unwrapApi(createHttpWire({ token: 't', fetch: fetchMock }))
    const call = api.getIssue({ id: 'b'.repeat(64) })
    await expect(call).rejects.toBeInstanceOf(ApiError)
    await expect(call).rejects.toMatchObject({ code: 'not-found', message: 'No such issue.' })
  })

  it('turns transport failures and non-Result answers into ApiErrors', async () => {
    const down = unwrapApi(
      createHttpWire({
        token: 't',
        fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
      }),
    )
    await expect(down.listIssues({})).rejects.toMatchObject({ code: 'network' })

    const refused = unwrapApi(
      createHttpWire({
        token: null,
        fetch: vi.fn(async () => new Response('nope', { status: 401 })),
      }),
    )
    await expect(refused.listIssues({})).rejects.toMatchObject({ code: 'unauthorized' })

    // The browser host answers a wrong token with 401 and a Result body: still "unauthorized".
    const wrongToken = unwrapApi(
      createHttpWire({
        token: 'old',
        fetch: vi.fn(async () =>
          jsonResponse(
            { ok: false, error: { code: 'bad-arguments', message: 'Missing or wrong token' } },
            401,
          ),
        ),
      }),
    )
    await expect(wrongToken.listIssues({})).rejects.toMatchObject({ code: 'unauthorized' })

    const broken = unwrapApi(
      createHttpWire({
        token: 't',
        fetch: vi.fn(async () => new Response('<html>', { status: 500 })),
      }),
    )
    await expect(broken.listIssues({})).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining('500'),
    })
  })

  it('takes the token from the URL once, keeps it in sessionStorage and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/index.html?token=abc&x=1#top')
    expect(takeToken()).toBe('abc')
    expect(window.location.search).toBe('?x=1')
    expect(window.location.hash).toBe('#top')
    expect(sessionStorage.getItem('gloss.token')).toBe('abc')
    // After a reload the URL has no token: the stored one is used.
    expect(takeToken()).toBe('abc')
  })

  it('uses the global fetch with the stored token when there is no preload', async () => {
    window.history.replaceState(null, '', '/?token=tok')
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: [] }))
    vi.stubGlobal('fetch', fetchMock)
    const api = createGlossApi()
    await expect(api.listIssues({})).resolves.toEqual([])
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(new Headers(init.headers).get('X-Gloss-Token')).toBe('tok')
    expect(window.location.search).toBe('')
  })
})

describe('Electron client', () => {
  it('calls window.gloss and unwraps its Results', async () => {
    const removeIssue = vi.fn(async () => ({ ok: true as const, value: { removed: false } }))
    const getIssue = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'not-found' as const, message: 'gone' },
    }))
    window.gloss = { removeIssue, getIssue } as unknown as WireApi
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const api = createGlossApi()
    await expect(api.removeIssue({ id: 'c'.repeat(64) })).resolves.toEqual({ removed: false })
    await expect(api.getIssue({ id: 'c'.repeat(64) })).rejects.toMatchObject({
      code: 'not-found',
      message: 'gone',
    })
    expect(removeIssue).toHaveBeenCalledWith({ id: 'c'.repeat(64) })
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
