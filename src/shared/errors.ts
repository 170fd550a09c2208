// Errors that cross the API boundary. `ipcMain.handle` carries only an error's message, so
// every call returns a `Result` envelope instead of throwing (as Signal's `wrapResult` does).

/** Machine-readable error codes; the UI maps them to translated messages. */
export type ErrorCode =
  | 'bad-arguments'
  | 'not-found'
  | 'unsupported'
  | 'file-empty'
  | 'file-too-large'
  | 'file-binary'
  | 'file-undecodable'
  | 'file-unreadable'
  | 'file-unparsable'
  /** A file of a kind Gloss does not read (PDF, CSV, a spreadsheet…); the message says what it reads. */
  | 'file-unsupported'
  | 'read-only'
  | 'internal'

export interface ApiErrorInfo {
  code: ErrorCode
  /** A sentence for a person: names the file and the reason where there is one. */
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo }

/** An error the core raises on purpose; its message is shown to the user as it is. */
export class GlossError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'GlossError'
  }
}

export function isGlossError(error: unknown): error is GlossError {
  return error instanceof GlossError
}
