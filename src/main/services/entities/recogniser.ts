// Where recognition runs: inline (the CLI, tests) or in a worker thread (the hosts), behind
// one interface so Electron's main process never blocks on segmentation.
import type { DictionaryEntry, EntityMention } from '../../../shared/model'
import { recogniseEntities } from '../../core/entities/recognise-entities'
import { recogniserVersion, type BundledTagger } from './bundled-tagger'

export interface Recogniser {
  /** Changes whenever results may: the rules' version and the model's hash. */
  readonly version: string
  recognise(text: string, dictionary: readonly DictionaryEntry[]): Promise<EntityMention[]>
  close(): Promise<void>
}

export function createInlineRecogniser(tagger: BundledTagger | null = null): Recogniser {
  return {
    version: recogniserVersion(tagger),
    recognise: async (text, dictionary) =>
      recogniseEntities(text, { dictionary, tagger: tagger?.model }),
    close: async () => undefined,
  }
}
