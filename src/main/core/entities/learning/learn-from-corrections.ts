// Learning from the user's corrections: every occurrence of a surface the user added is a
// gold span, every tagger span the user rejected is gold "not an entity", and the rest of the
// tagger's own reading of those sentences stays as it was. A few perceptron passes over just
// those sentences move a sparse delta on top of the shipped weights until the corrected
// reading wins by a margin, so the change also carries to the same names and contexts
// elsewhere in the library.
import type { DictionaryEntry, EntityType } from '../../../../shared/model'
import type { SegmenterEngine } from '../engines/segmenter-engine'
import { segmentText } from '../segment-text'
import { extractFeatures, FeatureBuffers, SLOTS } from '../tagger/extract-features'
import { perceptronUpdate, type PerceptronTarget } from '../tagger/perceptron-update'
import { sentenceRanges } from '../tagger/tag-entities'
import { taggerLexicons } from '../tagger/tagger-lexicons'
import type { TaggerModel } from '../tagger/tagger-model'
import { DecodeBuffers, scoreEmissions, viterbi } from '../tagger/viterbi'
import {
  addDeltaEmissions,
  addToDelta,
  cloneDelta,
  emptyDelta,
  type WeightDelta,
} from '../tagger/weight-delta'

/** The tagger's types, in its tag order. Times, titles and terms are the rules' business. */
const learnedTypes: readonly EntityType[] = ['person', 'place', 'org']

/** A text of the library with the dictionary entries that apply to it. */
export interface CorrectedText {
  text: string
  corrections: readonly DictionaryEntry[]
}

export interface LearnOptions {
  /** The segmenter the recogniser runs (the tagger's features include its words). */
  engine: SegmenterEngine
  /** Passes over the examples at most (it stops as soon as every one is right). */
  maxPasses?: number
  /** Sentences learned from at most, in library order. */
  maxSentences?: number
  /** By how much (perceptron units per character) the corrected reading must win. */
  margin?: number
}

export interface LearnedDelta {
  delta: WeightDelta
  /** Sentences that hold a correction and were learned from. */
  sentences: number
  /** Sentences the shipped model plus the old delta read differently from the corrections. */
  disagreed: number
  /** Sentences still read wrongly after the last pass. */
  unresolved: number
}

interface Example {
  n: number
  features: Int32Array
  gold: Uint8Array
}

interface GoldSpan {
  start: number
  end: number
  type: number
}

const DEFAULTS = { maxPasses: 8, maxSentences: 4000, margin: 2 }

/**
 * A new delta: `start` (the library's current one, or none) updated from `texts`. The same
 * texts, corrections, model and start give the same delta.
 */
export function learnFromCorrections(
  texts: readonly CorrectedText[],
  model: TaggerModel,
  start: WeightDelta | null,
  options: LearnOptions,
): LearnedDelta {
  const { maxPasses, maxSentences, margin } = { ...DEFAULTS, ...options }
  const T = model.scheme.size
  const delta = start && start.tags === T ? cloneDelta(start) : emptyDelta(T)
  const decode = new DecodeBuffers()
  const examples = collectExamples(texts, model, delta, decode, options.engine, maxSentences)
  const step = model.scale
  const target: PerceptronTarget = {
    addEmission: (index, amount) =>
      addToDelta(delta, Math.floor(index / T), index % T, amount * step),
    // Transitions are the scheme's grammar of tags, learned from a whole corpus; a few
    // corrections must not move them.
    addTransition: () => undefined,
  }
  const cost = margin * model.scale
  let disagreed = 0
  let unresolved = 0
  for (let pass = 0; pass < maxPasses; pass++) {
    unresolved = 0
    for (const ex of examples) {
      const path = decodeExample(ex, model, delta, decode, cost)
      if (!differs(path, ex.gold, ex.n)) continue
      unresolved++
      perceptronUpdate(ex.n, ex.features, ex.gold, path, T, target)
    }
    if (pass === 0) disagreed = unresolved
    if (unresolved === 0) break
  }
  if (unresolved > 0) {
    unresolved = 0
    for (const ex of examples)
      if (differs(decodeExample(ex, model, delta, decode, 0), ex.gold, ex.n)) unresolved++
  }
  return { delta, sentences: examples.length, disagreed, unresolved }
}

/**
 * Decodes with the model and `delta`; `cost` > 0 adds it to every wrong tag's score
 * (loss-augmented decoding), so the gold path must win by that much per character.
 */
function decodeExample(
  ex: Example,
  model: TaggerModel,
  delta: WeightDelta,
  decode: DecodeBuffers,
  cost: number,
): Uint8Array {
  const T = model.scheme.size
  decode.ensure(ex.n, T)
  scoreEmissions(ex.features, ex.n, model.emission, T, model.stride, decode.emission)
  if (delta.rows.size) addDeltaEmissions(ex.features, ex.n, delta, decode.emission)
  if (cost > 0)
    for (let k = 0; k < ex.n; k++)
      for (let t = 0; t < T; t++) if (t !== ex.gold[k]) decode.emission[k * T + t] += cost
  viterbi(ex.n, model.scheme, model.transition, decode)
  return decode.path
}

function differs(path: Uint8Array, gold: Uint8Array, n: number): boolean {
  for (let k = 0; k < n; k++) if (path[k] !== gold[k]) return true
  return false
}

/** The sentences holding a corrected surface, with the tagger's reading corrected as gold. */
function collectExamples(
  texts: readonly CorrectedText[],
  model: TaggerModel,
  delta: WeightDelta,
  decode: DecodeBuffers,
  engine: SegmenterEngine,
  maxSentences: number,
): Example[] {
  const lexicons = taggerLexicons(model.header.places)
  const buf = new FeatureBuffers()
  const { scheme } = model
  const out: Example[] = []
  for (const { text, corrections } of texts) {
    const relevant = corrections.filter((c) => c.text && text.includes(c.text))
    if (!relevant.length) continue
    const seg = segmentText(text, engine)
    let token = 0
    for (const [from, to] of sentenceRanges(text)) {
      if (out.length >= maxSentences) return out
      const sentence = text.slice(from, to)
      const here = relevant.filter((c) => sentence.includes(c.text))
      if (!here.length) continue
      while (token < seg.tokens.length && seg.tokens[token].end <= from) token++
      const n = to - from
      extractFeatures(text, from, to, seg.tokens, token, lexicons, model.header.bits, buf)
      const features = buf.features.slice(0, n * SLOTS)
      const path = decodeExample({ n, features, gold: new Uint8Array(n) }, model, delta, decode, 0)
      const predicted = scheme.decode(path.subarray(0, n))
      const gold = new Uint8Array(n)
      for (const s of correctedSpans(sentence, predicted, here))
        scheme.encode(gold, s.start, s.end, s.type)
      out.push({ n, features, gold })
    }
  }
  return out
}

/**
 * The tagger's spans with the user's rejections taken out and the user's additions put in
 * (an addition replaces any span it overlaps; of overlapping additions the longer wins).
 */
export function correctedSpans(
  sentence: string,
  predicted: readonly GoldSpan[],
  corrections: readonly DictionaryEntry[],
): GoldSpan[] {
  const added: GoldSpan[] = []
  // As the dictionary applies them: a later rejection of the same surface takes an add back.
  const effective = new Map<string, DictionaryEntry & { kind: 'add' }>()
  for (const c of corrections) {
    if (c.kind === 'add') effective.set(c.text, c)
    else if (c.type === null || c.type === effective.get(c.text)?.type) effective.delete(c.text)
  }
  const adds = [...effective.values()]
    .filter((c) => learnedTypes.includes(c.type))
    .sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1))
  for (const c of adds) {
    const type = learnedTypes.indexOf(c.type as EntityType)
    for (let i = sentence.indexOf(c.text); i >= 0; i = sentence.indexOf(c.text, i + 1)) {
      const span = { start: i, end: i + c.text.length, type }
      if (!added.some((a) => overlaps(a, span))) added.push(span)
    }
  }
  const rejected = (s: GoldSpan): boolean =>
    corrections.some(
      (c) =>
        c.kind === 'reject' &&
        (c.type === null || c.type === learnedTypes[s.type]) &&
        sentence.slice(s.start, s.end) === c.text,
    )
  const kept = predicted.filter((s) => !rejected(s) && !added.some((a) => overlaps(a, s)))
  return [...kept, ...added].sort((a, b) => a.start - b.start)
}

const overlaps = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end
