// An issue file's bytes to Gloss's model: decode → canonicalise → repair page/column breaks →
// parse. The canonical text is "normalised + breaks repaired" (see parse/repair-breaks.ts); its
// sha-256 is the issue's id, so importing the same file twice gives the same issue.

import { createHash } from 'node:crypto'
import type { ParsedIssue, TextEncoding } from '../../shared/model'
import { decodeIssueBytes } from './decode/decode-issue-bytes'
import { fileError } from './decode/file-errors'
import { parseIssue } from './parse/parse-issue'
import { repairBrokenParagraphs } from './parse/repair-breaks'
import { canonicalizeText } from './text/canonical-text'

export interface ReadIssue {
  /** sha-256 (hex) of `text`. */
  id: string
  /** The canonical text every offset in `parsed` refers to (UTF-16 indices). */
  text: string
  encoding: TextEncoding
  parsed: ParsedIssue
}

/**
 * Reads an issue file. Throws GlossError: file-empty, file-too-large, file-binary,
 * file-undecodable (see `decodeIssueBytes`), or file-unparsable when the text holds no article.
 */
export function readIssue(bytes: Uint8Array, fileName: string): ReadIssue {
  const { text: decoded, encoding } = decodeIssueBytes(bytes, fileName)
  const text = repairBrokenParagraphs(canonicalizeText(decoded), fileName)
  const parsed = parseIssue(text, { fileName })
  if (parsed.articles.length === 0) {
    throw fileError(
      'file-unparsable',
      fileName,
      'no article found: the text has no headline or paragraph with words in it.',
    )
  }
  const id = createHash('sha256').update(text, 'utf8').digest('hex')
  return { id, text, encoding, parsed }
}
