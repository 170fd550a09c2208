// A tiny tagger trained in the test itself on invented sentences (CI has no corpus): it goes
// through the same preparation, perceptron, file writer and reader as the shipped model.
import { tagScheme, type SchemeName } from '../../src/main/core/entities/tagger/tag-scheme'
import {
  readTaggerModel,
  writeTaggerModel,
  type TaggerModel,
} from '../../src/main/core/entities/tagger/tagger-model'
import type { GoldDocument, GoldSpan } from '../../tools/ner-train/corpus'
import { Perceptron, prepareSentences, seededRandom } from '../../tools/ner-train/perceptron'

/** Invented sentences; `[text|TYPE]` marks an entity. */
export const tinyCorpus = [
  '[柯一帆|PER]在[泓川市|LOC]出席[泓川市青禾研究院|ORG]的揭牌仪式。',
  '[泓川市|LOC]居民[鲍雨桐|PER]说，[青禾研究院|ORG]帮了大忙。',
  '记者[甄晓岚|PER]从[澜岳县|LOC]获悉，[澜岳县农科所|ORG]培育了新品种。',
  '[鲍雨桐|PER]和[柯一帆|PER]来到[澜岳县|LOC]。',
  '这是一个没有名字的句子。',
  '今天天气很好，大家都很高兴。',
]

export function tinyDocuments(lines: readonly string[] = tinyCorpus): GoldDocument[] {
  return lines.map((line, i) => {
    let text = ''
    const spans: GoldSpan[] = []
    for (const part of line.split(/(\[[^\]]+\])/)) {
      const m = /^\[([^|]+)\|(PER|LOC|ORG)\]$/.exec(part)
      if (m) {
        spans.push({
          start: text.length,
          end: text.length + m[1].length,
          type: m[2] as GoldSpan['type'],
        })
        text += m[1]
      } else text += part
    }
    return { id: `tiny-${i}`, date: '', text, spans }
  })
}

export interface TinyTagger {
  bytes: Uint8Array
  model: TaggerModel
}

/** Trains on `tinyCorpus` (and `extra` sentences) until it fits (deterministic: fixed seed, fixed epochs). */
export function buildTinyTagger(
  scheme: SchemeName = 'BIO',
  places: string[] = [],
  extra: readonly string[] = [],
): TinyTagger {
  const s = tagScheme(scheme)
  const bits = 12
  const sentences = prepareSentences(tinyDocuments([...tinyCorpus, ...extra]), s, bits, places)
  const perceptron = new Perceptron(s, bits, places)
  const random = seededRandom(7)
  for (let epoch = 0; epoch < 20; epoch++) perceptron.epoch(sentences, random)
  const { emission, transition } = perceptron.averaged()
  const bytes = writeTaggerModel(
    { scheme, bits, places, info: { data: 'invented test sentences' } },
    emission,
    transition,
  )
  return { bytes, model: readTaggerModel(bytes) }
}
