// The codebook's exchange format, for sharing a coding scheme between researchers and for
// the library's own codebook.json: `{ "format": "gloss-codebook", "version": 1, "themes": [...] }`.
import { GlossError } from '../../../shared/errors'
import type { Codebook, Theme } from '../../../shared/model'
import { validateCodebook } from './codebook-schema'

export const CODEBOOK_FORMAT = 'gloss-codebook'
export const CODEBOOK_VERSION = 1

/** A codebook file's parsed JSON. */
export interface CodebookDocument {
  format: typeof CODEBOOK_FORMAT
  version: typeof CODEBOOK_VERSION
  themes: Theme[]
}

/** The document to write for `codebook` (themes in display order). */
export function codebookToDocument(codebook: Codebook): CodebookDocument {
  return { format: CODEBOOK_FORMAT, version: CODEBOOK_VERSION, themes: codebook.themes }
}

/**
 * The codebook in a parsed gloss-codebook document, validated as `validateCodebook` does.
 * @throws GlossError 'file-unparsable' for another format, another version or an invalid
 *   codebook — the message says which.
 */
export function codebookFromDocument(json: unknown): Codebook {
  const file = (typeof json === 'object' && json !== null ? json : {}) as Partial<
    Record<string, unknown>
  >
  if (file.format !== CODEBOOK_FORMAT) {
    throw new GlossError(
      'file-unparsable',
      `The file is not a Gloss codebook (no "format": "${CODEBOOK_FORMAT}").`,
    )
  }
  if (file.version !== CODEBOOK_VERSION) {
    throw new GlossError(
      'file-unparsable',
      `The codebook file has version ${String(file.version)}; this Gloss reads version ${CODEBOOK_VERSION}.`,
    )
  }
  try {
    return validateCodebook({ themes: file.themes })
  } catch (error) {
    throw new GlossError('file-unparsable', (error as Error).message)
  }
}

/** The codebook as pretty-printed JSON text (two-space indent, trailing newline). */
export function codebookToJson(codebook: Codebook): string {
  return `${JSON.stringify(codebookToDocument(codebook), null, 2)}\n`
}

/**
 * The codebook in a gloss-codebook JSON text (a leading BOM is ignored).
 * @throws GlossError 'file-unparsable' for text that is not JSON or not a valid codebook.
 */
export function codebookFromJson(text: string): Codebook {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new GlossError(
      'file-unparsable',
      `The codebook file is not JSON: ${(error as Error).message}`,
    )
  }
  return codebookFromDocument(json)
}
