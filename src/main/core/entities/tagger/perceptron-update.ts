import { SLOTS } from './extract-features'

/** Where a perceptron update lands: the offline trainer's dense arrays, or a user's delta. */
export interface PerceptronTarget {
  /** Adds `amount` to the emission weight of feature bucket × tags + tag. */
  addEmission(index: number, amount: number): void
  /** Adds `amount` to the transition weight at previous tag × tags + tag (previous = tags
   * for the first character). */
  addTransition(index: number, amount: number): void
}

/**
 * The structured perceptron's step (Collins 2002) for one sentence decoded as `path` where
 * `gold` was right: every feature of a wrongly tagged character moves towards the gold tag
 * and away from the predicted one, and so does every transition the two paths disagree on.
 */
export function perceptronUpdate(
  n: number,
  features: Int32Array,
  gold: Uint8Array,
  path: Uint8Array,
  T: number,
  target: PerceptronTarget,
): void {
  for (let k = 0; k < n; k++) {
    const g = gold[k]
    const p = path[k]
    if (g !== p) {
      for (let f = k * SLOTS; f < (k + 1) * SLOTS; f++) {
        const row = features[f] * T
        target.addEmission(row + g, 1)
        target.addEmission(row + p, -1)
      }
    }
    const pg = k === 0 ? T : gold[k - 1]
    const pp = k === 0 ? T : path[k - 1]
    if (pg !== pp || g !== p) {
      target.addTransition(pg * T + g, 1)
      target.addTransition(pp * T + p, -1)
    }
  }
}
