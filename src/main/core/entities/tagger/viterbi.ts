import { SLOTS } from './extract-features'
import type { TagScheme } from './tag-scheme'

/** Reusable decoding buffers, grown as needed. */
export class DecodeBuffers {
  emission = new Float64Array(0)
  alpha = new Float64Array(0)
  beta = new Float64Array(0)
  back = new Int8Array(0)
  path = new Uint8Array(0)

  ensure(n: number, T: number): void {
    if (this.emission.length >= n * T) return
    const size = Math.max(n * T, this.emission.length * 2, 1024)
    this.emission = new Float64Array(size)
    this.alpha = new Float64Array(size)
    this.beta = new Float64Array(size)
    this.back = new Int8Array(size)
    this.path = new Uint8Array(Math.ceil(size / T) + 1)
  }
}

/**
 * Sums the weights of each character's `SLOTS` features into per-tag emission scores (a
 * bucket's weights start at `bucket × stride`). The
 * two schemes' tag counts (7 for BIO, 13 for BIOES) get unrolled loops that keep the sums in
 * registers: this is the tagger's hot loop.
 */
export function scoreEmissions(
  features: Int32Array,
  n: number,
  weights: Int16Array | Float32Array,
  T: number,
  stride: number,
  out: Float64Array,
): void {
  if (T === 7) scoreEmissions7(features, n, weights, stride, out)
  else if (T === 13) scoreEmissions13(features, n, weights, stride, out)
  else scoreEmissionsAny(features, n, weights, T, stride, out)
}

function scoreEmissions7(
  features: Int32Array,
  n: number,
  weights: Int16Array | Float32Array,
  stride: number,
  out: Float64Array,
): void {
  let f = 0
  for (let k = 0; k < n; k++) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0
    for (let s = 0; s < SLOTS; s++) {
      const w = features[f++] * stride
      s0 += weights[w + 0]
      s1 += weights[w + 1]
      s2 += weights[w + 2]
      s3 += weights[w + 3]
      s4 += weights[w + 4]
      s5 += weights[w + 5]
      s6 += weights[w + 6]
    }
    const row = k * 7
    out[row + 0] = s0
    out[row + 1] = s1
    out[row + 2] = s2
    out[row + 3] = s3
    out[row + 4] = s4
    out[row + 5] = s5
    out[row + 6] = s6
  }
}

function scoreEmissions13(
  features: Int32Array,
  n: number,
  weights: Int16Array | Float32Array,
  stride: number,
  out: Float64Array,
): void {
  let f = 0
  for (let k = 0; k < n; k++) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0,
      s9 = 0,
      s10 = 0,
      s11 = 0,
      s12 = 0
    for (let s = 0; s < SLOTS; s++) {
      const w = features[f++] * stride
      s0 += weights[w + 0]
      s1 += weights[w + 1]
      s2 += weights[w + 2]
      s3 += weights[w + 3]
      s4 += weights[w + 4]
      s5 += weights[w + 5]
      s6 += weights[w + 6]
      s7 += weights[w + 7]
      s8 += weights[w + 8]
      s9 += weights[w + 9]
      s10 += weights[w + 10]
      s11 += weights[w + 11]
      s12 += weights[w + 12]
    }
    const row = k * 13
    out[row + 0] = s0
    out[row + 1] = s1
    out[row + 2] = s2
    out[row + 3] = s3
    out[row + 4] = s4
    out[row + 5] = s5
    out[row + 6] = s6
    out[row + 7] = s7
    out[row + 8] = s8
    out[row + 9] = s9
    out[row + 10] = s10
    out[row + 11] = s11
    out[row + 12] = s12
  }
}

function scoreEmissionsAny(
  features: Int32Array,
  n: number,
  weights: Int16Array | Float32Array,
  T: number,
  stride: number,
  out: Float64Array,
): void {
  let f = 0
  for (let k = 0; k < n; k++) {
    const row = k * T
    for (let t = 0; t < T; t++) out[row + t] = 0
    for (let s = 0; s < SLOTS; s++) {
      const w = features[f++] * stride
      for (let t = 0; t < T; t++) out[row + t] += weights[w + t]
    }
  }
}

const NEG = -Infinity

/** A scheme's allowed transitions as flat lists: the hot loops read no nested arrays. */
interface FlatScheme {
  /** Tags allowed before tag b: `beforeTags[beforeAt[b] .. beforeAt[b + 1])`, in `before[b]` order. */
  beforeAt: Int32Array
  beforeTags: Uint8Array
  afterAt: Int32Array
  afterTags: Uint8Array
}

const flatSchemes = new WeakMap<TagScheme, FlatScheme>()

function flatScheme(scheme: TagScheme): FlatScheme {
  const known = flatSchemes.get(scheme)
  if (known) return known
  const flatten = (lists: readonly Uint8Array[]): [Int32Array, Uint8Array] => {
    const at = new Int32Array(lists.length + 1)
    for (let t = 0; t < lists.length; t++) at[t + 1] = at[t] + lists[t].length
    const tags = new Uint8Array(at[lists.length])
    for (let t = 0; t < lists.length; t++) tags.set(lists[t], at[t])
    return [at, tags]
  }
  const [beforeAt, beforeTags] = flatten(scheme.before)
  const [afterAt, afterTags] = flatten(scheme.after)
  const flat = { beforeAt, beforeTags, afterAt, afterTags }
  flatSchemes.set(scheme, flat)
  return flat
}

/**
 * The best tag sequence under the scheme's constraints (an I never follows O, BIOES spans
 * close), into `buf.path`. Returns its score. `transition` row T scores the first tag.
 */
export function viterbi(
  n: number,
  scheme: TagScheme,
  transition: Int16Array | Float32Array,
  buf: DecodeBuffers,
): number {
  const T = scheme.size
  const { emission, alpha, back, path } = buf
  const { allowedStart, allowedEnd } = scheme
  const { beforeAt, beforeTags } = flatScheme(scheme)
  for (let t = 0; t < T; t++) alpha[t] = allowedStart[t] ? emission[t] + transition[T * T + t] : NEG
  for (let k = 1; k < n; k++) {
    const prev = (k - 1) * T
    const row = k * T
    for (let b = 0; b < T; b++) {
      let best = NEG
      let arg = 0
      const stop = beforeAt[b + 1]
      for (let x = beforeAt[b]; x < stop; x++) {
        const a = beforeTags[x]
        const s = alpha[prev + a] + transition[a * T + b]
        if (s > best) {
          best = s
          arg = a
        }
      }
      alpha[row + b] = best + emission[row + b]
      back[row + b] = arg
    }
  }
  let best = NEG
  let arg = 0
  const last = (n - 1) * T
  for (let t = 0; t < T; t++) {
    if (allowedEnd[t] && alpha[last + t] > best) {
      best = alpha[last + t]
      arg = t
    }
  }
  path[n - 1] = arg
  for (let k = n - 1; k > 0; k--) path[k - 1] = back[k * T + path[k]]
  return best
}

/**
 * How far the best path is from the best path that disagrees with it somewhere in
 * `[start, end)`, in stored score units (max-marginals from a backward pass). Call after
 * `viterbi` and `backward` (down to `start` at least) on the same buffers.
 */
export function spanMargin(
  start: number,
  end: number,
  best: number,
  scheme: TagScheme,
  buf: DecodeBuffers,
): number {
  const T = scheme.size
  const { alpha, beta, path } = buf
  let margin = Infinity
  for (let k = start; k < end; k++) {
    for (let t = 0; t < T; t++) {
      if (t === path[k]) continue
      const s = alpha[k * T + t] + beta[k * T + t]
      if (best - s < margin) margin = best - s
    }
  }
  return margin
}

/**
 * Best completion score from each (position, tag) to the end, emission at that position
 * excluded, for positions `from` to `n - 1` (what no margin asks for is left uncomputed).
 */
export function backward(
  n: number,
  scheme: TagScheme,
  transition: Int16Array | Float32Array,
  buf: DecodeBuffers,
  from = 0,
): void {
  const T = scheme.size
  const { emission, beta } = buf
  const { allowedEnd } = scheme
  const { afterAt, afterTags } = flatScheme(scheme)
  const last = (n - 1) * T
  for (let t = 0; t < T; t++) beta[last + t] = allowedEnd[t] ? 0 : NEG
  for (let k = n - 2; k >= from; k--) {
    const row = k * T
    const next = (k + 1) * T
    for (let a = 0; a < T; a++) {
      let best = NEG
      const stop = afterAt[a + 1]
      const ta = a * T
      for (let x = afterAt[a]; x < stop; x++) {
        const b = afterTags[x]
        const s = transition[ta + b] + emission[next + b] + beta[next + b]
        if (s > best) best = s
      }
      beta[row + a] = best
    }
  }
}
