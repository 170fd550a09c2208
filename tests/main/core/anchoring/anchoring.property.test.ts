import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchorSelector, locateSelector } from '../../../../src/main/core/anchoring/anchor-selector'
import { CONTEXT_CODE_POINTS } from '../../../../src/main/core/anchoring/context'
import { describeSelection } from '../../../../src/main/core/anchoring/describe-selection'
import { LONG_QUOTE, MIN_CONTEXT_RUN } from '../../../../src/main/core/anchoring/exact-occurrence'
import { reanchorAll } from '../../../../src/main/core/anchoring/reanchor-all'
import type { Annotation, AnnotationSelector } from '../../../../src/shared/model'
import { applyEdit, chars, editArb, join, narrowChar, offsetOf, wideChar } from './arbitraries'

const runs = { numRuns: 300 }

function annotation(selector: AnnotationSelector): Annotation {
  const at = '2024-05-01T00:00:00.000Z'
  return {
    id: 'a1',
    issueId: 'i',
    selector,
    themeIds: [],
    memo: '',
    author: 'r',
    createdAt: at,
    updatedAt: at,
    anchor: 'anchored',
  }
}

/** A text split as before · quote · after, each an array of code points. */
const passage = (char: fc.Arbitrary<string>, side = 0) =>
  fc.record({
    before: chars(char, side, side + 60),
    quote: chars(char, 1, 12),
    after: chars(char, side, side + 60),
  })

const count = (text: string, quote: string) => text.split(quote).length - 1

describe('anchoring properties', () => {
  it('unchanged text: every selection anchors to itself', () => {
    fc.assert(
      fc.property(passage(narrowChar), ({ before, quote, after }) => {
        const text = join([...before, ...quote, ...after])
        const start = join(before).length
        const selector = describeSelection(text, start, start + join(quote).length)
        expect(locateSelector(text, selector)).toMatchObject({
          start,
          end: selector.end,
          method: 'position',
        })
        expect(reanchorAll(text, text, [annotation(selector)]).annotations[0].selector).toEqual(
          selector,
        )
      }),
      runs,
    )
  })

  it('edits away from the quote and its context: the same passage, even among repeats', () => {
    fc.assert(
      fc.property(
        passage(narrowChar),
        editArb,
        fc.boolean(),
        ({ before, quote, after }, edit, editBefore) => {
          const text = join([...before, ...quote, ...after])
          const start = join(before).length
          const selector = describeSelection(text, start, start + join(quote).length)
          const away = CONTEXT_CODE_POINTS
          const newBefore = editBefore ? applyEdit(before, edit, 0, before.length - away) : before
          const newAfter = editBefore ? after : applyEdit(after, edit, away, after.length)
          const edited = join([...newBefore, ...quote, ...newAfter])
          const expected = join(newBefore).length
          const [moved] = reanchorAll(text, edited, [annotation(selector)]).annotations
          expect(moved.anchor).toBe('anchored')
          expect(moved.selector).toMatchObject({ start: expected, exact: selector.exact })
          expect(moved.selector).toEqual(
            describeSelection(edited, expected, expected + selector.exact.length),
          )
        },
      ),
      runs,
    )
  })

  it('edits anywhere outside a unique quote: the same passage while one side keeps its context', () => {
    fc.assert(
      fc.property(
        passage(wideChar),
        editArb,
        fc.boolean(),
        ({ before, quote, after }, edit, editBefore) => {
          const text = join([...before, ...quote, ...after])
          const start = join(before).length
          const selector = describeSelection(text, start, start + join(quote).length)
          const newBefore = editBefore ? applyEdit(before, edit) : before
          const newAfter = editBefore ? after : applyEdit(after, edit)
          const edited = join([...newBefore, ...quote, ...newAfter])
          fc.pre(count(edited, selector.exact) === 1)
          const intact = editBefore ? selector.suffix : selector.prefix
          const match = locateSelector(edited, selector)
          const expected = join(newBefore).length
          if (intact.length >= MIN_CONTEXT_RUN || selector.exact.length >= LONG_QUOTE) {
            expect(match).toMatchObject({ start: expected, end: expected + selector.exact.length })
          } else if (match && match.method !== 'fuzzy') {
            // With almost no context left an approximate match may fairly read the edit as
            // part of the quote (一一 minus one 一); a verbatim placement must still be right.
            expect(match.start).toBe(expected)
          }
        },
      ),
      runs,
    )
  })

  it('a repeated quote resolves to the same repeat by its context after text moves', () => {
    const pieces = fc.array(chars(wideChar, 2, 20), { minLength: 4, maxLength: 4 })
    fc.assert(
      fc.property(
        pieces,
        chars(wideChar, 2, 6),
        fc.nat(2),
        chars(wideChar, 1, 40),
        fc.boolean(),
        (gaps, quote, k, insert, front) => {
          const q = join(quote)
          const text = gaps.map(join).join(q)
          fc.pre(count(text, q) === 3 && new Set(gaps.map(join)).size === 4)
          const at = offsetOf(
            [...text],
            [...join(gaps.slice(0, k + 1).map(join))].length + k * quote.length,
          )
          const selector = describeSelection(text, at, at + q.length)
          const edited = front ? join(insert) + text : text + join(insert)
          fc.pre(count(edited, q) === 3)
          const shift = front ? join(insert).length : 0
          expect(anchorSelector(edited, selector)).toEqual({
            start: at + shift,
            end: at + shift + q.length,
          })
        },
      ),
      runs,
    )
  })

  it('never throws, and a verbatim placement always slices to the quote', () => {
    const selectorArb = fc.record({
      start: fc.oneof(fc.integer({ min: -50, max: 300 }), fc.double()),
      end: fc.integer({ min: -50, max: 300 }),
      exact: fc.oneof(fc.string(), chars(narrowChar, 0, 4).map(join)),
      prefix: fc.string({ maxLength: 40 }),
      suffix: fc.string({ maxLength: 40 }),
    })
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), chars(narrowChar, 0, 120).map(join)),
        selectorArb,
        (text, selector) => {
          const match = locateSelector(text, selector)
          if (match && match.method !== 'fuzzy')
            expect(text.slice(match.start, match.end)).toBe(selector.exact)
          if (match)
            expect(0 <= match.start && match.start < match.end && match.end <= text.length).toBe(
              true,
            )
        },
      ),
      { numRuns: 500 },
    )
  })
})
