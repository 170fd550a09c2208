// The decoder's errors: a GlossError whose message names the file and the reason
// (docs/ARCHITECTURE.md, Parsing: "detect, never guess silently").

import { type ErrorCode, GlossError } from '../../../shared/errors'

export function fileError(code: ErrorCode, fileName: string, reason: string): GlossError {
  return new GlossError(code, `Cannot open “${fileName}”: ${reason}`)
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`
}
