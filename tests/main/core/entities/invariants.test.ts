import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunkText } from '../../../../src/main/core/entities/chunk-text'
import { getEngine } from '../../../../src/main/engines/engine-registry'
import { recogniseEntities } from '../../../../src/main/core/entities/recognise-entities'
import { invariantViolation } from './support'

const defaultEngine = getEngine()

// Characters that make rules fire: surnames, offices, levels, suffixes, punctuation, astral.
const alphabet = [
  ...'刘王欧阳市委书记长副主席县区省局晚报讯记者、，。“”　 \n0123456789年月日上午:—林海波高新𠀀',
]
const genreString = fc
  .array(fc.constantFrom(...alphabet), { maxLength: 120 })
  .map((cs) => cs.join(''))

describe('output invariants', () => {
  it('sorted, non-overlapping, slices match on random strings (jieba)', () => {
    fc.assert(
      fc.property(fc.oneof(genreString, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        expect(
          invariantViolation(text, recogniseEntities(text, { engine: defaultEngine })),
        ).toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the invariants with segmentit too', () => {
    const engine = getEngine('segmentit')
    fc.assert(
      fc.property(genreString, (text) => {
        expect(invariantViolation(text, recogniseEntities(text, { engine }))).toBeNull()
      }),
      { numRuns: 60 },
    )
  }, 60_000)

  it('astral characters before mentions keep UTF-16 offsets right', () => {
    const text = '𠀀𠀁市委书记林海波在𠀀宜昌晚报讲话'
    const out = recogniseEntities(text, { engine: defaultEngine })
    expect(invariantViolation(text, out)).toBeNull()
    const name = out.find((m) => m.type === 'person')
    expect(name).toMatchObject({ text: '林海波', start: 8, end: 11 })
    expect(out.find((m) => m.type === 'org')?.text).toBe('宜昌晚报')
  })
})

describe('bounded chunks', () => {
  it('never yields a chunk longer than the bound, nor splits a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 2, max: 40 }),
        (text, max) => {
          for (const c of chunkText(text, max)) {
            expect(c.end - c.start).toBeLessThanOrEqual(max)
            expect(text.charCodeAt(c.start) & 0xfc00).not.toBe(0xdc00)
          }
        },
      ),
    )
  })

  // Unchunked, segmentit needs 86 s and 1.5 GB for 130 unpunctuated characters.
  const han =
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你对生能而子那得'
  const unpunctuated = (n: number): string => {
    let s = ''
    for (let i = 0; i < n; i++) s += han[(i * 7919 + (i >> 3)) % han.length]
    return s
  }

  it('a 1 MB unpunctuated string finishes with bounded memory (jieba)', () => {
    const text = unpunctuated(1 << 20)
    const rss0 = process.memoryUsage().rss
    const t0 = performance.now()
    const out = recogniseEntities(text, { engine: defaultEngine })
    const seconds = (performance.now() - t0) / 1000
    const grownMb = (process.memoryUsage().rss - rss0) / 2 ** 20
    console.log(`1 MB unpunctuated: ${seconds.toFixed(1)} s, RSS +${grownMb.toFixed(0)} MB`)
    expect(invariantViolation(text, out)).toBeNull()
    expect(seconds).toBeLessThan(30)
    expect(grownMb).toBeLessThan(800)
  }, 60_000)

  it('segmentit stays linear on a long unpunctuated run', () => {
    const engine = getEngine('segmentit')
    const t0 = performance.now()
    recogniseEntities(unpunctuated(20_000), { engine })
    expect(performance.now() - t0).toBeLessThan(20_000)
  }, 60_000)
})
