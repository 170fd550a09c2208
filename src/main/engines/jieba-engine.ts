import { createRequire } from 'node:module'
import type { SegmenterEngine, TaggedWord } from '../core/entities/engines/segmenter-engine'

interface JiebaInstance {
  tag(sentence: string, hmm?: boolean): TaggedWord[]
}
interface JiebaModule {
  Jieba: { withDict(dict: Uint8Array): JiebaInstance }
}

/**
 * @node-rs/jieba v2 starts with an empty dictionary: the default one is the `dict` export of
 * `@node-rs/jieba/dict` (a Buffer read from dict.txt). HMM is off: its guessed words carry
 * arbitrary tags (观摩会/nr, 弘扬/nr), while unknown names left as single characters are
 * exactly what the genre rules look for.
 */
export function createJiebaEngine(): SegmenterEngine {
  const require = createRequire(import.meta.url)
  const { Jieba } = require('@node-rs/jieba') as JiebaModule
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array }
  const jieba = Jieba.withDict(dict)
  return {
    name: 'jieba',
    maxChunk: 200,
    tag: (chunk) => jieba.tag(chunk, false),
  }
}
