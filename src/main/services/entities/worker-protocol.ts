import type { DictionaryEntry, EntityMention } from '../../../shared/model'
import type { WeightDelta } from '../../core/entities/tagger/weight-delta'

export interface RecogniseRequest {
  id: number
  text: string
  dictionary: DictionaryEntry[]
  /** The library's learned delta (a Map of typed arrays: structured clone copies it). */
  delta: WeightDelta | null
}

export type RecogniseReply =
  { id: number; ok: true; mentions: EntityMention[] } | { id: number; ok: false; message: string }
