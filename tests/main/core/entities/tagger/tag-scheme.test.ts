import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tagScheme, type SchemeName } from '../../../../../src/main/core/entities/tagger/tag-scheme'

/** Non-overlapping spans over `n` characters, as [start, end, type]. */
const spansOver = (n: number) =>
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
      ),
      { maxLength: 8 },
    )
    .map((raw) => {
      const taken = new Uint8Array(n)
      const out: { start: number; end: number; type: number }[] = []
      for (const [start, len, type] of raw) {
        const end = Math.min(n, start + len)
        // Keep a gap between spans of the same type: BIO cannot tell two touching spans apart
        // only when the second starts with I, which encode never writes.
        if (taken.subarray(Math.max(0, start - 1), Math.min(n, end + 1)).some((x) => x)) continue
        taken.fill(1, start, end)
        out.push({ start, end, type })
      }
      return out.sort((a, b) => a.start - b.start)
    })

describe.each<SchemeName>(['BIO', 'BIOES'])('the %s scheme', (name) => {
  const scheme = tagScheme(name)

  it('decodes exactly the spans it encoded', () => {
    fc.assert(
      fc.property(spansOver(30), (spans) => {
        const tags = new Uint8Array(30)
        for (const s of spans) scheme.encode(tags, s.start, s.end, s.type)
        expect(scheme.decode(tags)).toEqual(spans)
      }),
    )
  })

  it('encodes only sequences its own constraints allow', () => {
    fc.assert(
      fc.property(spansOver(30), (spans) => {
        const tags = new Uint8Array(30)
        for (const s of spans) scheme.encode(tags, s.start, s.end, s.type)
        expect(scheme.allowedStart[tags[0]]).toBe(1)
        expect(scheme.allowedEnd[tags[29]]).toBe(1)
        for (let k = 1; k < 30; k++)
          expect(scheme.allowed[tags[k - 1] * scheme.size + tags[k]]).toBe(1)
      }),
    )
  })

  it('forbids a span that continues without beginning', () => {
    const inside = 2 // I-PER in both schemes
    expect(scheme.allowedStart[inside]).toBe(0)
    expect(scheme.allowed[0 * scheme.size + inside]).toBe(0)
  })
})

it('BIOES writes a one-character span as S and a longer one as B…E', () => {
  const scheme = tagScheme('BIOES')
  const tags = new Uint8Array(6)
  scheme.encode(tags, 0, 1, 0)
  scheme.encode(tags, 2, 5, 1)
  // PER: B1 I2 E3 S4; LOC: B5 I6 E7 S8.
  expect([...tags]).toEqual([4, 0, 5, 6, 7, 0])
})
