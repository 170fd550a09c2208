import type { ErrorCode, Result } from '../../../shared/errors'

/** Codes the client adds to the contract's own: the host could not be reached or refused us. */
export type ClientErrorCode = ErrorCode | 'network' | 'unauthorized'

/** What every `GlossApi` call throws: the host's `{code, message}`, or a transport failure. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export function unwrapResult<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw new ApiError(result.error.code, result.error.message)
}

/** A message for a person from anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
