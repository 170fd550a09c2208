import type { Segmentation } from '../segment-text'
import { extractFeatures, FeatureBuffers } from './extract-features'
import { taggerLexicons } from './tagger-lexicons'
import type { TaggerModel } from './tagger-model'
import { backward, DecodeBuffers, scoreEmissions, spanMargin, viterbi } from './viterbi'
import { addDeltaEmissions } from './weight-delta'

/** A span the tagger found, with how sure it is (perceptron units; larger is surer). */
export interface TaggedSpan {
  start: number
  end: number
  /** Index into `taggedTypes`: 0 PER, 1 LOC, 2 ORG. */
  type: number
  margin: number
}

const MAX_SENTENCE = 4000

const features = new FeatureBuffers()
const decode = new DecodeBuffers()

/**
 * Tags `text` line by line with `model`, reusing the segmentation the rules already have.
 * Returns spans in text order (UTF-16 offsets).
 */
/**
 * The sentences the tagger decodes: lines without their leading spaces, cut every
 * MAX_SENTENCE units (a span may rarely be cut there). Training uses the same ranges.
 */
export function* sentenceRanges(text: string): Generator<[number, number]> {
  let from = 0
  while (from < text.length) {
    let to = text.indexOf('\n', from)
    if (to < 0) to = text.length
    to = Math.min(to, from + MAX_SENTENCE)
    let start = from
    while (start < to && (text[start] === ' ' || text[start] === '\u3000' || text[start] === '\r'))
      start++
    let end = to
    while (end > start && text[end - 1] === '\r') end--
    if (end > start) yield [start, end]
    from = to < text.length && text[to] === '\n' ? to + 1 : to
  }
}

/**
 * Tags `text` sentence by sentence with `model`, reusing the segmentation the rules already
 * have. Returns spans in text order (UTF-16 offsets).
 */
export function tagEntities(text: string, seg: Segmentation, model: TaggerModel): TaggedSpan[] {
  const out: TaggedSpan[] = []
  const lexicons = taggerLexicons(model.header.places)
  const { scheme } = model
  const T = scheme.size
  let token = 0
  for (const [start, end] of sentenceRanges(text)) {
    const n = end - start
    token = extractFeatures(
      text,
      start,
      end,
      seg.tokens,
      token,
      lexicons,
      model.header.bits,
      features,
    )
    decode.ensure(n, T)
    scoreEmissions(features.features, n, model.emission, T, model.stride, decode.emission)
    if (model.delta?.rows.size)
      addDeltaEmissions(features.features, n, model.delta, decode.emission)
    const best = viterbi(n, scheme, model.transition, decode)
    const spans = scheme.decode(decode.path.subarray(0, n))
    if (!spans.length) continue
    backward(n, scheme, model.transition, decode, spans[0].start)
    for (const s of spans)
      out.push({
        start: start + s.start,
        end: start + s.end,
        type: s.type,
        margin: spanMargin(s.start, s.end, best, scheme, decode) / model.scale,
      })
  }
  return out
}
