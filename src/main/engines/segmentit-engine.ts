import { createRequire } from 'node:module'
import type { SegmenterEngine, TaggedWord } from '../core/entities/engines/segmenter-engine'

interface SegmentitWord {
  w: string
  p?: number
}
interface SegmentitModule {
  Segment: new () => unknown
  useDefault(segment: unknown): { doSegment(text: string): SegmentitWord[] }
  enPOSTag(p: number): string
}

/** segmentit (pure JS) with its default dictionaries; tags are bit flags, mapped to jieba names. */
export function createSegmentitEngine(): SegmenterEngine {
  const require = createRequire(import.meta.url)
  const { Segment, useDefault, enPOSTag } = require('segmentit') as SegmentitModule
  const segment = useDefault(new Segment())
  return {
    name: 'segmentit',
    // Its dynamic programme is exponential in run length: 40 chars ~25 ms, 50 chars ~150 ms.
    maxChunk: 24,
    tag: (chunk): TaggedWord[] =>
      segment.doSegment(chunk).map((w) => ({ word: w.w, tag: w.p ? enPOSTag(w.p) : 'x' })),
  }
}
