import { chunkText } from './chunk-text'
import type { SegmenterEngine } from './engines/segmenter-engine'

/** A word the engine found, placed in the original text (UTF-16, half-open). */
export interface Token {
  start: number
  end: number
  tag: string
}

export interface Segmentation {
  tokens: Token[]
  /** Token index of the word starting at each position, or -1. */
  startsAt: Int32Array
  /** Token index of the word ending at each position, or -1. */
  endsAt: Int32Array
  /** True where a word starts or ends (or where nothing was segmented). */
  isBoundary(i: number): boolean
}

/** Runs the engine over bounded chunks and maps its words back to offsets in `text`. */
export function segmentText(text: string, engine: SegmenterEngine): Segmentation {
  const tokens: Token[] = []
  const inside = new Uint8Array(text.length + 1) // 1 = strictly inside a word
  const startsAt = new Int32Array(text.length + 1).fill(-1)
  const endsAt = new Int32Array(text.length + 1).fill(-1)
  for (const chunk of chunkText(text, engine.maxChunk)) {
    const piece = text.slice(chunk.start, chunk.end)
    let cursor = 0
    for (const { word, tag } of engine.tag(piece)) {
      const at = piece.indexOf(word, cursor)
      if (at < 0 || !word) continue // engines may normalise or drop characters
      const start = chunk.start + at
      const end = start + word.length
      startsAt[start] = tokens.length
      endsAt[end] = tokens.length
      tokens.push({ start, end, tag })
      for (let k = start + 1; k < end; k++) inside[k] = 1
      cursor = at + word.length
    }
  }
  return { tokens, startsAt, endsAt, isBoundary: (i) => inside[i] === 0 }
}
