import { SLOTS } from './extract-features'

/**
 * A user's change to the shipped model's emission weights, sparse: for each feature bucket
 * it touches, one weight per tag (in the model's stored units, added to what it stores).
 * The shipped model itself is never modified; a library keeps its own delta.
 */
export interface WeightDelta {
  /** Tag count of the scheme it was learned for. */
  tags: number
  rows: Map<number, Float32Array>
}

/** The delta as plain data (sorted bucket ids, then `tags` weights per bucket), for storage. */
export interface StoredWeightDelta {
  tags: number
  buckets: number[]
  weights: number[]
}

export function emptyDelta(tags: number): WeightDelta {
  return { tags, rows: new Map() }
}

export function isEmptyDelta(delta: WeightDelta | null | undefined): boolean {
  return !delta || delta.rows.size === 0
}

/** Adds `amount` to the weight of `tag` in `bucket`. A row that returns to all zeros goes. */
export function addToDelta(delta: WeightDelta, bucket: number, tag: number, amount: number): void {
  let row = delta.rows.get(bucket)
  if (!row) {
    row = new Float32Array(delta.tags)
    delta.rows.set(bucket, row)
  }
  row[tag] += amount
  if (row.every((w) => w === 0)) delta.rows.delete(bucket)
}

export function cloneDelta(delta: WeightDelta): WeightDelta {
  return { tags: delta.tags, rows: new Map([...delta.rows].map(([b, row]) => [b, row.slice()])) }
}

/**
 * Adds the delta's weights to emission scores `scoreEmissions` computed: each of a
 * character's features that the delta touches adds its row. Callers skip it when the delta
 * is empty, so the shipped model alone pays nothing.
 */
export function addDeltaEmissions(
  features: Int32Array,
  n: number,
  delta: WeightDelta,
  out: Float64Array,
): void {
  const { rows, tags } = delta
  for (let k = 0; k < n; k++) {
    const base = k * tags
    for (let f = k * SLOTS; f < (k + 1) * SLOTS; f++) {
      const row = rows.get(features[f])
      if (!row) continue
      for (let t = 0; t < tags; t++) out[base + t] += row[t]
    }
  }
}

export function storeDelta(delta: WeightDelta): StoredWeightDelta {
  const buckets = [...delta.rows.keys()].sort((a, b) => a - b)
  const weights: number[] = []
  for (const b of buckets) weights.push(...(delta.rows.get(b) as Float32Array))
  return { tags: delta.tags, buckets, weights }
}

/** Reads stored data back; null when it is not a well-formed delta for `tags` tags. */
export function restoreDelta(stored: unknown, tags: number): WeightDelta | null {
  if (!stored || typeof stored !== 'object') return null
  const { tags: t, buckets, weights } = stored as Partial<StoredWeightDelta>
  if (t !== tags || !Array.isArray(buckets) || !Array.isArray(weights)) return null
  if (weights.length !== buckets.length * tags) return null
  const delta = emptyDelta(tags)
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i]
    if (!Number.isInteger(b) || b < 0) return null
    const row = Float32Array.from(weights.slice(i * tags, (i + 1) * tags))
    if (row.some((w) => !Number.isFinite(w))) return null
    delta.rows.set(b, row)
  }
  return delta
}
