// The averaged structured perceptron (Collins 2002) over a linear chain: decode with the
// current weights, move them towards the gold tags where the best path is wrong, and keep the
// running average (the usual lazy trick: w − u/c) as the model.
import { getEngine } from '../../src/main/engines/engine-registry'
import { segmentText } from '../../src/main/core/entities/segment-text'
import {
  extractFeatures,
  FEATURE_SET,
  FeatureBuffers,
  SLOTS,
} from '../../src/main/core/entities/tagger/extract-features'
import {
  perceptronUpdate,
  type PerceptronTarget,
} from '../../src/main/core/entities/tagger/perceptron-update'
import { sentenceRanges } from '../../src/main/core/entities/tagger/tag-entities'
import { taggedTypes, type TagScheme } from '../../src/main/core/entities/tagger/tag-scheme'
import { taggerLexicons } from '../../src/main/core/entities/tagger/tagger-lexicons'
import type { TaggerModel } from '../../src/main/core/entities/tagger/tagger-model'
import { DecodeBuffers, scoreEmissions, viterbi } from '../../src/main/core/entities/tagger/viterbi'
import type { GoldDocument } from './corpus'

export interface Sentence {
  n: number
  features: Int32Array
  gold: Uint8Array
}

/** Every sentence of `docs` as feature ids and gold tags, through the app's own extraction. */
export function prepareSentences(
  docs: readonly GoldDocument[],
  scheme: TagScheme,
  bits: number,
  places: readonly string[],
): Sentence[] {
  const engine = getEngine('jieba')
  const lexicons = taggerLexicons(places)
  const buf = new FeatureBuffers()
  const out: Sentence[] = []
  for (const doc of docs) {
    const seg = segmentText(doc.text, engine)
    const tags = new Uint8Array(doc.text.length)
    for (const s of doc.spans) scheme.encode(tags, s.start, s.end, taggedTypes.indexOf(s.type))
    let token = 0
    for (const [start, end] of sentenceRanges(doc.text)) {
      const n = end - start
      token = extractFeatures(doc.text, start, end, seg.tokens, token, lexicons, bits, buf)
      out.push({ n, features: buf.features.slice(0, n * SLOTS), gold: tags.slice(start, end) })
    }
  }
  return out
}

/** A seeded PRNG (mulberry32): the same seed shuffles the same way, so training repeats. */
export function seededRandom(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Weights {
  emission: Float32Array
  transition: Float32Array
}

export class Perceptron {
  private readonly T: number
  private readonly w: Float32Array
  private readonly u: Float64Array
  private readonly tw: Float32Array
  private readonly tu: Float64Array
  private c = 1
  private readonly buf = new DecodeBuffers()

  constructor(
    readonly scheme: TagScheme,
    readonly bits: number,
    readonly places: readonly string[],
  ) {
    this.T = scheme.size
    this.w = new Float32Array(2 ** bits * this.T)
    this.u = new Float64Array(this.w.length)
    this.tw = new Float32Array((this.T + 1) * this.T)
    this.tu = new Float64Array(this.tw.length)
  }

  /** One pass over `sentences` in a seeded random order; returns how many were wrong. */
  epoch(sentences: readonly Sentence[], random: () => number): number {
    const order = sentences.map((_, i) => i)
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    let errors = 0
    for (const idx of order) {
      const s = sentences[idx]
      this.buf.ensure(s.n, this.T)
      scoreEmissions(s.features, s.n, this.w, this.T, this.T, this.buf.emission)
      viterbi(s.n, this.scheme, this.tw, this.buf)
      const path = this.buf.path
      let wrong = false
      for (let k = 0; k < s.n && !wrong; k++) wrong = path[k] !== s.gold[k]
      if (wrong) {
        errors++
        this.update(s, path)
      }
      this.c++
    }
    return errors
  }

  private update(s: Sentence, path: Uint8Array): void {
    perceptronUpdate(s.n, s.features, s.gold, path, this.T, this.target)
  }

  // The running sums for the average: each step of `amount` at count c adds c × amount.
  private readonly target: PerceptronTarget = {
    addEmission: (index, amount) => {
      this.w[index] += amount
      this.u[index] += this.c * amount
    },
    addTransition: (index, amount) => {
      this.tw[index] += amount
      this.tu[index] += this.c * amount
    },
  }

  /** The averaged weights so far. */
  averaged(): Weights {
    const { w, u, tw, tu, c } = this
    const emission = new Float32Array(w.length)
    for (let k = 0; k < w.length; k++) emission[k] = w[k] - u[k] / c
    const transition = new Float32Array(tw.length)
    for (let k = 0; k < tw.length; k++) transition[k] = tw[k] - tu[k] / c
    return { emission, transition }
  }

  /** Float weights as a model the app's inference runs (for scoring between epochs). */
  asModel(weights: Weights): TaggerModel {
    return {
      header: {
        format: 1,
        featureSet: FEATURE_SET,
        templates: [],
        scheme: this.scheme.name,
        bits: this.bits,
        scale: 1,
        places: [...this.places],
        info: {},
      },
      scheme: this.scheme,
      emission: weights.emission,
      stride: this.T,
      transition: weights.transition,
      scale: 1,
    }
  }
}
