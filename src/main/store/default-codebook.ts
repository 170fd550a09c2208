import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { GlossError } from '../../shared/errors'
import type { Codebook } from '../../shared/model'
import { codebookFromJson } from '../core/codebook/codebook-json'

/** The file name of the bundled codebook inside the resources folder. */
export const DEFAULT_CODEBOOK_FILE = 'codebook.default.json'

/**
 * Reads and validates the codebook Gloss ships with (`resources/codebook.default.json`), the
 * starting point a new library copies and the researcher then edits.
 * @throws GlossError 'file-unreadable' when the file is missing; 'file-unparsable' when invalid.
 */
export async function loadDefaultCodebook(resourcesDir: string): Promise<Codebook> {
  const path = join(resourcesDir, DEFAULT_CODEBOOK_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new GlossError(
      'file-unreadable',
      `Cannot read the default codebook ${path}: ${(error as Error).message}`,
    )
  }
  return codebookFromJson(text)
}
