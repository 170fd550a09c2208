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

/** Sums the weights of each character's `SLOTS` features into per-tag emission scores. */
export function scoreEmissions(
  features: Int32Array,
  n: number,
  weights: Int16Array | Float32Array,
  T: number,
  out: Float64Array,
): void {
  let f = 0
  for (let k = 0; k < n; k++) {
    const row = k * T
    for (let t = 0; t < T; t++) out[row + t] = 0
    for (let s = 0; s < SLOTS; s++) {
      const w = features[f++] * T
      for (let t = 0; t < T; t++) out[row + t] += weights[w + t]
    }
  }
}

const NEG = -Infinity

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
  const { allowed, allowedStart, allowedEnd } = scheme
  for (let t = 0; t < T; t++) alpha[t] = allowedStart[t] ? emission[t] + transition[T * T + t] : NEG
  for (let k = 1; k < n; k++) {
    const prev = (k - 1) * T
    const row = k * T
    for (let b = 0; b < T; b++) {
      let best = NEG
      let arg = 0
      for (let a = 0; a < T; a++) {
        if (!allowed[a * T + b]) continue
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
 * `viterbi` and `backward` on the same buffers.
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

/** Best completion score from each (position, tag) to the end, emission at that position excluded. */
export function backward(
  n: number,
  scheme: TagScheme,
  transition: Int16Array | Float32Array,
  buf: DecodeBuffers,
): void {
  const T = scheme.size
  const { emission, beta } = buf
  const { allowed, allowedEnd } = scheme
  const last = (n - 1) * T
  for (let t = 0; t < T; t++) beta[last + t] = allowedEnd[t] ? 0 : NEG
  for (let k = n - 2; k >= 0; k--) {
    const row = k * T
    const next = (k + 1) * T
    for (let a = 0; a < T; a++) {
      let best = NEG
      for (let b = 0; b < T; b++) {
        if (!allowed[a * T + b]) continue
        const s = transition[a * T + b] + emission[next + b] + beta[next + b]
        if (s > best) best = s
      }
      beta[row + a] = best
    }
  }
}
