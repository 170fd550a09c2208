// Where recognition runs: inline (the CLI, tests) or in a worker thread (the hosts), behind
// one interface so Electron's main process never blocks on segmentation.
import type { DictionaryEntry, EntityMention } from '../../../shared/model'
import { recogniseEntities } from '../../core/entities/recognise-entities'

export interface Recogniser {
  recognise(text: string, dictionary: readonly DictionaryEntry[]): Promise<EntityMention[]>
  close(): Promise<void>
}

export function createInlineRecogniser(): Recogniser {
  return {
    recognise: async (text, dictionary) => recogniseEntities(text, { dictionary }),
    close: async () => undefined,
  }
}
