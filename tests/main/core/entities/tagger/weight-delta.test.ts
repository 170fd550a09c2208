import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SLOTS } from '../../../../../src/main/core/entities/tagger/extract-features'
import {
  addDeltaEmissions,
  addToDelta,
  cloneDelta,
  emptyDelta,
  restoreDelta,
  storeDelta,
} from '../../../../../src/main/core/entities/tagger/weight-delta'

const TAGS = 3

const arbitraryDelta = fc
  .array(
    fc.tuple(
      fc.nat({ max: 50 }),
      fc.nat({ max: TAGS - 1 }),
      fc.integer({ min: -5, max: 5 }).filter((n) => n !== 0),
    ),
    { maxLength: 40 },
  )
  .map((steps) => {
    const delta = emptyDelta(TAGS)
    for (const [bucket, tag, amount] of steps) addToDelta(delta, bucket, tag, amount)
    return delta
  })

describe('a weight delta', () => {
  it('comes back the same from its stored form', () => {
    fc.assert(
      fc.property(arbitraryDelta, (delta) => {
        const stored = JSON.parse(JSON.stringify(storeDelta(delta)))
        const restored = restoreDelta(stored, TAGS)
        expect(restored && storeDelta(restored)).toEqual(storeDelta(delta))
      }),
    )
  })

  it('drops a row that returns to all zeros', () => {
    const delta = emptyDelta(TAGS)
    addToDelta(delta, 7, 1, 2)
    addToDelta(delta, 7, 1, -2)
    expect(delta.rows.size).toBe(0)
  })

  it('is copied, not shared, by clone', () => {
    const delta = emptyDelta(TAGS)
    addToDelta(delta, 1, 0, 1)
    const copy = cloneDelta(delta)
    addToDelta(copy, 1, 0, 1)
    expect(delta.rows.get(1)?.[0]).toBe(1)
  })

  it('refuses stored data for another scheme or of the wrong shape', () => {
    const stored = storeDelta(
      (() => {
        const d = emptyDelta(TAGS)
        addToDelta(d, 2, 0, 1)
        return d
      })(),
    )
    expect(restoreDelta(stored, TAGS + 1)).toBeNull()
    expect(restoreDelta({ ...stored, weights: [1] }, TAGS)).toBeNull()
    expect(restoreDelta({ ...stored, buckets: [-1] }, TAGS)).toBeNull()
    expect(restoreDelta({ ...stored, weights: [NaN, 0, 0] }, TAGS)).toBeNull()
    expect(restoreDelta('not a delta', TAGS)).toBeNull()
  })

  it('adds each touched feature row to its character, and nothing else', () => {
    fc.assert(
      fc.property(
        arbitraryDelta,
        fc.array(fc.nat({ max: 60 }), { minLength: SLOTS, maxLength: SLOTS * 4 }),
        (delta, ids) => {
          const n = Math.floor(ids.length / SLOTS)
          const features = Int32Array.from(ids.slice(0, n * SLOTS))
          const out = new Float64Array(n * TAGS)
          addDeltaEmissions(features, n, delta, out)
          for (let k = 0; k < n; k++)
            for (let t = 0; t < TAGS; t++) {
              let sum = 0
              for (let f = k * SLOTS; f < (k + 1) * SLOTS; f++)
                sum += delta.rows.get(features[f])?.[t] ?? 0
              expect(out[k * TAGS + t]).toBeCloseTo(sum, 6)
            }
        },
      ),
    )
  })
})
