// The one entry point both hosts call: checks the method name, validates the arguments
// against the contract, runs the handler and wraps the outcome in a `Result` envelope.
import { apiMethods, type ApiMethod } from '../../shared/api-methods'
import { validateArgs } from '../../shared/contract'
import type { Result } from '../../shared/errors'
import { isGlossError } from '../../shared/errors'
import type { ApiHandlers } from './handlers/handler-types'

export type Dispatch = (method: string, rawArgs: unknown) => Promise<Result<unknown>>

export function isApiMethod(name: string): name is ApiMethod {
  return (apiMethods as readonly string[]).includes(name)
}

export function createDispatch(
  handlers: ApiHandlers,
  logError: (error: unknown) => void = (error) => console.error(error),
): Dispatch {
  return async (method, rawArgs) => {
    if (!isApiMethod(method)) {
      return {
        ok: false,
        error: { code: 'bad-arguments', message: `Unknown API method ${method}` },
      }
    }
    const args = validateArgs(method, rawArgs)
    if (!args.ok) return { ok: false, error: { code: 'bad-arguments', message: args.message } }
    try {
      const handler = handlers[method] as (args: unknown) => Promise<unknown>
      return { ok: true, value: await handler(args.value) }
    } catch (error) {
      if (isGlossError(error))
        return { ok: false, error: { code: error.code, message: error.message } }
      logError(error)
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Gloss could not ${method}: ${String((error as Error)?.message ?? error)}`,
        },
      }
    }
  }
}
