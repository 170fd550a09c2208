// Where recognition runs: inline (the CLI, tests) or in a worker thread (the hosts), behind
// one interface so Electron's main process never blocks on segmentation.
import type { DictionaryEntry, EntityMention } from '../../../shared/model'
import { recogniseEntities } from '../../core/entities/recognise-entities'
import type { WeightDelta } from '../../core/entities/tagger/weight-delta'
import { getEngine } from '../../engines/engine-registry'
import { recogniserVersion, type BundledTagger } from './bundled-tagger'

export interface Recogniser {
  /** Changes whenever results may: the rules' version and the model's hash. */
  readonly version: string
  /** The shipped model it runs, for learning from corrections in the main thread. */
  readonly tagger?: BundledTagger | null
  /** `delta`: what the library learned from its user's corrections, added to the model. */
  recognise(
    text: string,
    dictionary: readonly DictionaryEntry[],
    delta?: WeightDelta | null,
  ): Promise<EntityMention[]>
  close(): Promise<void>
}

export function createInlineRecogniser(tagger: BundledTagger | null = null): Recogniser {
  return {
    version: recogniserVersion(tagger),
    tagger,
    recognise: async (text, dictionary, delta) =>
      recogniseEntities(text, {
        engine: getEngine(),
        dictionary,
        tagger: tagger && (delta ? { ...tagger.model, delta } : tagger.model),
      }),
    close: async () => undefined,
  }
}
