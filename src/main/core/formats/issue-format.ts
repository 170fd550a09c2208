// The kinds of file Gloss reads as newspaper issues, declared once: the sniffer, the refusal
// messages and the hosts' file filters all derive from this list.

import { fileError } from '../decode/file-errors'
import type { GlossError } from '../../../shared/errors'

/** How an issue file's content is read: decoded text, a web page, or a Word document. */
export type IssueFormat = 'text' | 'html' | 'docx'

/** File name extensions of each format, for dialogs and folder walks (never for sniffing). */
export const ISSUE_FILE_EXTENSIONS: Readonly<Record<IssueFormat, readonly string[]>> = {
  text: ['txt', 'text'],
  html: ['html', 'htm', 'xhtml', 'shtml'],
  docx: ['docx'],
}

/** One sentence for refusals: what Gloss does read. */
export const WHAT_GLOSS_READS =
  'Gloss reads newspaper issues as plain text (.txt), saved web pages (.html, .htm) and Word documents (.docx).'

/** A refusal for a file of a kind Gloss does not read; `kind` names it (`a PDF document`). */
export function unsupportedFile(fileName: string, kind: string, advice = ''): GlossError {
  const hint = advice ? ` ${advice}` : ''
  return fileError('file-unsupported', fileName, `it is ${kind}.${hint} ${WHAT_GLOSS_READS}`)
}
