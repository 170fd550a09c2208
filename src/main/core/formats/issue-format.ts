// Refusals for files Gloss does not read, saying what it reads (the list itself is declared
// once in shared/issue-formats.ts).

import type { GlossError } from '../../../shared/errors'
import { fileError } from '../decode/file-errors'

export type { IssueFormat } from '../../../shared/issue-formats'

/** One sentence for refusals: what Gloss does read. */
export const WHAT_GLOSS_READS =
  'Gloss reads newspaper issues as plain text (.txt), saved web pages (.html, .htm) and Word documents (.docx).'

/** A refusal for a file of a kind Gloss does not read; `kind` names it (`a PDF document`). */
export function unsupportedFile(fileName: string, kind: string, advice = ''): GlossError {
  const hint = advice ? ` ${advice}` : ''
  return fileError('file-unsupported', fileName, `it is ${kind}.${hint} ${WHAT_GLOSS_READS}`)
}
