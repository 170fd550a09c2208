/** One word as an engine cut it, with its part-of-speech tag (jieba-style: nr, ns, nt, t, v…). */
export interface TaggedWord {
  word: string
  tag: string
}

/**
 * A Chinese word segmenter with POS tags. Implementations load their dictionary on first use
 * (slow: hundreds of ms) and keep it for the process.
 */
export interface SegmenterEngine {
  readonly name: EngineName
  /** Longest chunk the engine is fed; segmentit blows up exponentially past ~40 characters. */
  readonly maxChunk: number
  /** Cuts one bounded chunk. Words come in order; an engine may drop whitespace. */
  tag(chunk: string): TaggedWord[]
}

export type EngineName = 'jieba' | 'segmentit'
