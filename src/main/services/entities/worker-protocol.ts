import type { DictionaryEntry, EntityMention } from '../../../shared/model'

export interface RecogniseRequest {
  id: number
  text: string
  dictionary: DictionaryEntry[]
}

export type RecogniseReply =
  { id: number; ok: true; mentions: EntityMention[] } | { id: number; ok: false; message: string }
