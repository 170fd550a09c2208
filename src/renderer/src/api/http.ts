import type { WireApi } from '../../../shared/contract'
import type { ApiMethod } from '../../../shared/api-methods'
import { buildApi } from '../../../shared/api-proxy'
import type { Result } from '../../../shared/errors'
import { ApiError } from './api-error'

export interface HttpWireOptions {
  /** The per-launch secret the browser host requires on every call. */
  token: string | null
  /** Prefix of the API routes; `/api` on the browser host. */
  basePath?: string
  fetch?: typeof fetch
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false
  const { ok } = body as { ok: unknown }
  return ok === true ? 'value' in body : ok === false && 'error' in body
}

/** The contract over HTTP: `POST <basePath>/<method>` with the arguments as JSON; the
 * response body is the method's `Result`. Transport failures throw `ApiError`. */
export function createHttpWire(options: HttpWireOptions): WireApi {
  const basePath = options.basePath ?? '/api'
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))

  async function post(method: ApiMethod, args: unknown): Promise<Result<unknown>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (options.token) headers['X-Gloss-Token'] = options.token
    let response: Response
    try {
      response = await doFetch(`${basePath}/${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(args ?? {}),
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new ApiError('network', `Cannot reach Gloss (${reason}).`)
    }
    // The host answers a missing or wrong token with 401 (and a generic Result): say what to do.
    if (response.status === 401 || response.status === 403) {
      throw new ApiError(
        'unauthorized',
        'Gloss refused the request: this page has no valid access token. Open the address the host printed.',
      )
    }
    let body: unknown = null
    try {
      body = await response.json()
    } catch {
      // Not JSON: reported by status below.
    }
    if (isResult(body)) return body
    throw new ApiError('network', `Gloss answered ${method} with HTTP ${response.status}.`)
  }

  return buildApi<WireApi>((method) => (args: unknown) => post(method, args))
}
