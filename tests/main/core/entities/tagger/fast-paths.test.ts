import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunkText } from '../../../../../src/main/core/entities/chunk-text'
import { tagScheme, type SchemeName } from '../../../../../src/main/core/entities/tagger/tag-scheme'
import { HashedLexicon } from '../../../../../src/main/core/entities/tagger/tagger-lexicons'
import {
  backward,
  DecodeBuffers,
  spanMargin,
  viterbi,
} from '../../../../../src/main/core/entities/tagger/viterbi'

// The straightforward versions the fast paths must agree with, written for clarity only.

/** Viterbi over every tag pair, reading the scheme's `allowed` matrix. */
function plainViterbi(
  emission: number[][],
  scheme: ReturnType<typeof tagScheme>,
  transition: Int16Array,
): { best: number; path: number[] } {
  const T = scheme.size
  const n = emission.length
  let alpha = emission[0].map((e, t) =>
    scheme.allowedStart[t] ? e + transition[T * T + t] : -Infinity,
  )
  const back: number[][] = [[]]
  for (let k = 1; k < n; k++) {
    const next: number[] = []
    const from: number[] = []
    for (let b = 0; b < T; b++) {
      let best = -Infinity
      let arg = 0
      for (let a = 0; a < T; a++) {
        if (!scheme.allowed[a * T + b]) continue
        const s = alpha[a] + transition[a * T + b]
        if (s > best) [best, arg] = [s, a]
      }
      next.push(best + emission[k][b])
      from.push(arg)
    }
    alpha = next
    back.push(from)
  }
  let best = -Infinity
  let arg = 0
  for (let t = 0; t < T; t++)
    if (scheme.allowedEnd[t] && alpha[t] > best) [best, arg] = [alpha[t], t]
  const path = [arg]
  for (let k = n - 1; k > 0; k--) path.unshift(back[k][path[0]])
  return { best, path }
}

/** Every match of every word, by slicing strings. */
function plainScan(words: readonly string[], text: string): { start: number[]; end: number[] } {
  const start = new Array<number>(text.length).fill(0)
  const end = new Array<number>(text.length).fill(0)
  for (let k = 0; k < text.length; k++)
    for (const w of words)
      if (text.startsWith(w, k)) {
        start[k] = Math.max(start[k], w.length)
        end[k + w.length - 1] = Math.max(end[k + w.length - 1], w.length)
      }
  return { start, end }
}

const separator = /[\s\p{P}\p{S}]/u

/** Runs between separators, hard-split every `max` units but never inside a surrogate pair. */
function plainChunks(text: string, max: number): string[] {
  const out: string[] = []
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || separator.test(text[i])) {
      if (start >= 0) {
        while (i - start > max) {
          let cut = start + max
          if (/[\uDC00-\uDFFF]/.test(text[cut]) && cut - 1 > start) cut--
          out.push(`${start}:${cut}`)
          start = cut
        }
        out.push(`${start}:${i}`)
      }
      start = -1
    } else if (start < 0) start = i
  }
  return out
}

const schemes: SchemeName[] = ['BIO', 'BIOES']

describe('the fast decoding paths', () => {
  it('decode the same path and score as Viterbi over every tag pair', () => {
    for (const name of schemes) {
      const scheme = tagScheme(name)
      const T = scheme.size
      fc.assert(
        fc.property(
          fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: T, maxLength: T }), {
            minLength: 1,
            maxLength: 30,
          }),
          fc.array(fc.integer({ min: -30, max: 30 }), {
            minLength: (T + 1) * T,
            maxLength: (T + 1) * T,
          }),
          (emission, weights) => {
            const transition = Int16Array.from(weights)
            const buf = new DecodeBuffers()
            const n = emission.length
            buf.ensure(n, T)
            buf.emission.set(emission.flat())
            const best = viterbi(n, scheme, transition, buf)
            const plain = plainViterbi(emission, scheme, transition)
            expect(best).toBe(plain.best)
            expect([...buf.path.subarray(0, n)]).toEqual(plain.path)
          },
        ),
      )
    }
  })

  it('give the same span margins when the backward pass stops at the first span', () => {
    const scheme = tagScheme('BIOES')
    const T = scheme.size
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -80, max: 80 }), { minLength: T, maxLength: 40 * T }),
        fc.array(fc.integer({ min: -30, max: 30 }), {
          minLength: (T + 1) * T,
          maxLength: (T + 1) * T,
        }),
        (flat, weights) => {
          const n = Math.floor(flat.length / T)
          const transition = Int16Array.from(weights)
          const margins = (stopAtFirstSpan: boolean): number[] => {
            const buf = new DecodeBuffers()
            buf.ensure(n, T)
            buf.emission.set(flat.slice(0, n * T))
            const best = viterbi(n, scheme, transition, buf)
            const spans = scheme.decode(buf.path.subarray(0, n))
            if (!spans.length) return []
            backward(n, scheme, transition, buf, stopAtFirstSpan ? spans[0].start : 0)
            return spans.map((s) => spanMargin(s.start, s.end, best, scheme, buf))
          }
          expect(margins(true)).toEqual(margins(false))
        },
      ),
    )
  })
})

describe('the fast text scans', () => {
  it('find the same longest words starting and ending at each character as string matching', () => {
    const alphabet = [...'市县区委局甲乙丙０0１']
    const word = fc
      .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 })
      .map((c) => c.join(''))
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }),
        (words, chars) => {
          const text = chars.join('')
          const lexicon = new HashedLexicon(words)
          const n = text.length
          const codes = Int32Array.from(text, (c) => c.charCodeAt(0))
          const start = new Uint8Array(n)
          const end = new Uint8Array(n)
          lexicon.scan(codes, 0, n, start, end)
          const plain = plainScan(words, text)
          expect([...start]).toEqual(plain.start)
          expect([...end]).toEqual(plain.end)
        },
      ),
    )
  })

  it('cut the same chunks as testing each character against the separator pattern', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 2, max: 30 }),
        (text, max) => {
          const chunks = [...chunkText(text, max)].map((c) => `${c.start}:${c.end}`)
          expect(chunks).toEqual(plainChunks(text, max))
        },
      ),
    )
  })
})
