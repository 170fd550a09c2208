import type { Codebook } from '../../../shared/model'
import { codebookFromDocument, codebookToDocument } from './codebook-json'

/**
 * How the library stores its codebook.json: the same gloss-codebook document researchers
 * exchange, so the stored file can be shared as it is. `read` throws GlossError
 * 'file-unparsable' with the reason.
 */
export const codebookFileFormat = {
  read: (raw: unknown): Codebook => codebookFromDocument(raw),
  write: (codebook: Codebook): unknown => codebookToDocument(codebook),
}
