// The trained entity tagger shipped in resources/: read once, hashed (the entity cache key
// includes the hash, so a new model never serves stale results), validated. Absent or
// unreadable, recognition runs on the rules alone.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readTaggerModel, type TaggerModel } from '../../core/entities/tagger/tagger-model'

export const TAGGER_FILE = 'entities/tagger.bin'

/** Bump when the rules change; the model's own hash is added to it automatically. */
export const RULES_VERSION = 'entities-6'

export interface BundledTagger {
  bytes: Uint8Array
  sha256: string
  model: TaggerModel
}

export function readBundledTagger(resourcesDir: string): BundledTagger | null {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(join(resourcesDir, TAGGER_FILE))
  } catch {
    return null
  }
  try {
    return {
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      model: readTaggerModel(bytes),
    }
  } catch (error) {
    console.warn(`Gloss: entity model ignored (${(error as Error).message}); using rules only`)
    return null
  }
}

/** What recognition results depend on besides the text and the dictionary. */
export function recogniserVersion(tagger: Pick<BundledTagger, 'sha256'> | null): string {
  return `${RULES_VERSION}+${tagger ? `model-${tagger.sha256}` : 'no-model'}`
}
