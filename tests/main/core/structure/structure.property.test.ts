import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyStructureCorrections } from '../../../../src/main/core/structure'
import { articleParts } from '../../../../src/shared/article-parts'
import {
  structureRoles,
  type Article,
  type StructureCorrection,
  type TextSpan,
} from '../../../../src/shared/model'
import { buildIssue, type Line } from './fixtures'

const runs = { numRuns: 400 }

/** A line of invented text, sometimes with an astral character. */
const lineText = fc
  .array(fc.constantFrom('甲', '乙', '丙', '丁', '。', '𠀀', '——', 'a'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((chars) => chars.join(''))

/** Any shape a parser might produce, in the order it lays parts out. */
const article = fc
  .record({
    kicker: fc.boolean(),
    title: fc.boolean(),
    subtitles: fc.integer({ min: 0, max: 2 }),
    byline: fc.boolean(),
    paragraphs: fc.integer({ min: 0, max: 4 }),
    credits: fc.integer({ min: 0, max: 2 }),
  })
  .chain((shape) => {
    const roles: Line[0][] = [
      ...(shape.kicker ? (['K'] as const) : []),
      ...(shape.title ? (['T'] as const) : []),
      ...Array<'S'>(shape.subtitles).fill('S'),
      ...(shape.byline ? (['B'] as const) : []),
      ...Array<'P'>(shape.paragraphs).fill('P'),
      ...Array<'C'>(shape.credits).fill('C'),
    ]
    if (roles.length === 0) roles.push('P')
    return fc.tuple(...roles.map((role) => lineText.map((text): Line => [role, text])))
  })

const issue = fc
  .array(article, { minLength: 1, maxLength: 5 })
  .map((articles) => buildIssue(articles))

const change = fc.oneof(
  fc.constantFrom(...structureRoles).map((role) => ({ kind: 'role' as const, role })),
  fc.constant({ kind: 'split' as const }),
  fc.constant({ kind: 'merge' as const }),
)

/** Corrections at part starts (and a few at offsets where no part starts). */
function corrections(starts: number[], length: number): fc.Arbitrary<StructureCorrection[]> {
  const at = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...starts) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: length }) },
  )
  return fc.array(fc.tuple(at, change), { maxLength: 8 }).map((list) =>
    list.map(([offset, c], i): StructureCorrection => ({
      ...c,
      at: offset,
      id: `c${i}`,
      quote: '',
      createdAt: '2026-01-01T00:00:00.000Z',
    })),
  )
}

const scenario = issue.chain(({ text, articles }) => {
  const starts = articles.flatMap((a) => articleParts(a).map((p) => p.span.start))
  return corrections(starts, text.length).map((list) => ({ text, articles, corrections: list }))
})

function spansOf(article: Article): TextSpan[] {
  return [
    ...(article.kicker ? [article.kicker] : []),
    article.title,
    ...article.subtitles,
    ...(article.byline ? [article.byline] : []),
    ...article.paragraphs,
    ...article.credits,
  ]
}

function covered(articles: readonly Article[]): number[] {
  return articles.flatMap(spansOf).flatMap((s) => range(s.start, s.end))
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k)

describe('structure corrections, whatever the parse and the corrections', () => {
  it('keep every span text-exact, parts in reading order, and no text lost or duplicated', () => {
    fc.assert(
      fc.property(scenario, ({ text, articles, corrections }) => {
        const result = applyStructureCorrections(text, articles, corrections)
        let articleEnd = 0
        for (const a of result.articles) {
          for (const s of spansOf(a)) {
            expect(s.start).toBeGreaterThanOrEqual(0)
            expect(s.end).toBeLessThanOrEqual(text.length)
            expect(text.slice(s.start, s.end)).toBe(s.text)
          }
          // The headline comes first, every other part after the title, each list in order.
          if (a.kicker) expect(a.kicker.end).toBeLessThanOrEqual(a.title.start)
          const rest = [
            ...a.subtitles,
            ...(a.byline ? [a.byline] : []),
            ...a.paragraphs,
            ...a.credits,
          ]
          for (const s of rest) expect(s.start).toBeGreaterThanOrEqual(a.title.end)
          for (const list of [a.subtitles, a.paragraphs, a.credits])
            for (let k = 1; k < list.length; k++)
              expect(list[k].start).toBeGreaterThanOrEqual(list[k - 1].end)
          // Articles follow each other without overlapping.
          const own = spansOf(a).filter((s) => s.end > s.start)
          for (const s of own) expect(s.start).toBeGreaterThanOrEqual(articleEnd)
          articleEnd = Math.max(articleEnd, ...own.map((s) => s.end))
        }
        const after = covered(result.articles)
        expect(new Set(after).size).toBe(after.length)
        const afterSet = new Set(after)
        for (const unit of covered(articles)) expect(afterSet.has(unit)).toBe(true)
        expect(result.articles.length).toBeGreaterThan(0)
      }),
      runs,
    )
  })

  it('report as no longer applying only corrections at offsets where no part starts, or merges', () => {
    fc.assert(
      fc.property(scenario, ({ text, articles, corrections }) => {
        const starts = new Set(articles.flatMap((a) => articleParts(a).map((p) => p.span.start)))
        const { stale } = applyStructureCorrections(text, articles, corrections)
        for (const c of stale) expect(!starts.has(c.at) || c.kind === 'merge').toBe(true)
      }),
      runs,
    )
  })

  it('give an article a title wherever it had one, unless a title was made something else', () => {
    fc.assert(
      fc.property(scenario, ({ text, articles, corrections }) => {
        const noDemotion = corrections.filter((c) => c.kind !== 'role' || c.role === 'title')
        const result = applyStructureCorrections(text, articles, noDemotion)
        const untitledBefore = articles.filter((a) => a.title.end === a.title.start).length
        const untitledAfter = result.articles.filter((a) => a.title.end === a.title.start).length
        expect(untitledAfter).toBeLessThanOrEqual(untitledBefore)
      }),
      runs,
    )
  })
})
