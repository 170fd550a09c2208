import { describe, expect, it } from 'vitest'
import { buildGlossExport } from '../../../../src/main/core/export'
import { everySpan, sliceCodePoints } from './export-helpers'
import { ANNOTATIONS, exportInput, ISSUE_ID, spanOf, TEXT } from './fixtures'

describe('buildGlossExport', () => {
  const exp = buildGlossExport(exportInput())
  const issue = exp.issues[0]

  it('declares the format, its version and the offset unit', () => {
    expect(exp).toMatchObject({
      format: 'gloss-export',
      schemaVersion: 1,
      offsetUnit: 'codepoint',
      app: { name: 'Gloss', version: '0.1.0' },
      exportedAt: '2026-02-01T12:00:00.000Z',
      filter: null,
    })
  })

  it('counts code points, not UTF-16 units, after astral characters', () => {
    const utf16 = spanOf('推动经济发展')
    const before = TEXT.slice(0, utf16.start)
    const astralBefore = before.length - Array.from(before).length
    expect(astralBefore).toBeGreaterThanOrEqual(2)
    const growth = issue.annotations.find((a) => a.id === 'a-growth')
    expect(growth).toMatchObject({
      start: utf16.start - astralBefore,
      end: utf16.end - astralBefore,
    })
    expect(issue.charCount).toBe(Array.from(TEXT).length)
    expect(issue.charCount).toBeLessThan(TEXT.length)
  })

  it.each(everySpan(exp).map(([where, ...rest]) => [where, rest] as const))(
    '%s slices to its text by code points',
    (_where, [start, end, expected, text]) => {
      expect(sliceCodePoints(text, start, end)).toBe(expected)
    },
  )

  it('gives each theme its path from the root and keeps the codebook order', () => {
    expect(exp.codebook.themes.map((t) => [t.id, t.path])).toEqual([
      ['economy', ['economy']],
      ['growth', ['economy', 'growth']],
      ['gdp-targets', ['economy', 'growth', 'gdp-targets']],
      ['livelihood', ['livelihood']],
      ['employment', ['livelihood', 'employment']],
      ['ecology', ['ecology']],
    ])
  })

  it('survives a parent cycle and a missing parent in a corrupt codebook', () => {
    const theme = (id: string, parentId: string | null) => ({
      id,
      name: { zh: id, en: id },
      parentId,
      colour: '#000000',
      description: { zh: '', en: '' },
    })
    const cyclic = buildGlossExport(
      exportInput({ codebook: { themes: [theme('a', 'b'), theme('b', 'a'), theme('c', 'gone')] } }),
    )
    expect(cyclic.codebook.themes.map((t) => t.path)).toEqual([['b', 'a'], ['a', 'b'], ['c']])
  })

  it('names every theme of an annotation and records its article', () => {
    const growth = issue.annotations.find((a) => a.id === 'a-growth')
    expect(growth?.themes).toEqual([
      { id: 'gdp-targets', name: { zh: '增长目标', en: 'Growth targets' } },
      { id: 'employment', name: { zh: '就业', en: 'Employment' } },
    ])
    expect(growth?.articleIndex).toBe(0)
    expect(issue.annotations.find((a) => a.id === 'a-ecology')?.articleIndex).toBe(1)
    expect(issue.entities.find((e) => e.text === '林𡒄')?.articleIndex).toBe(1)
  })

  it('cites a theme the codebook lost with a null name', () => {
    const lost = { ...ANNOTATIONS[0], themeIds: ['deleted-theme'] }
    const out = buildGlossExport(
      exportInput({ issues: [{ ...exportInput().issues[0], annotations: [lost] }] }),
    )
    expect(out.issues[0].annotations[0].themes).toEqual([{ id: 'deleted-theme', name: null }])
  })

  it('sorts entities and annotations by position', () => {
    const starts = (xs: Array<{ start: number }>) => xs.map((x) => x.start)
    expect(starts(issue.entities)).toEqual([...starts(issue.entities)].sort((a, b) => a - b))
    expect(starts(issue.annotations)).toEqual([...starts(issue.annotations)].sort((a, b) => a - b))
  })

  it('gives articles their index and covering range, and leaves out the source path', () => {
    expect(issue.articles.map((a) => [a.index, a.start, a.end])).toEqual([
      [0, 0, issue.articles[0].paragraphs[1].end],
      [1, issue.articles[1].title.start, issue.charCount],
    ])
    expect(issue.id).toBe(ISSUE_ID)
    expect(JSON.stringify(exp)).not.toContain('/home/someone')
  })

  it('keeps only annotations with a filtered theme, and says so', () => {
    const filtered = buildGlossExport(exportInput({ themeFilter: ['employment', 'ecology'] }))
    expect(filtered.filter).toEqual({ themes: ['employment', 'ecology'] })
    expect(filtered.issues[0].annotations.map((a) => a.id)).toEqual(['a-growth', 'a-ecology'])
    // Matching is on exact ids: a parent does not pull in its children's annotations.
    const parent = buildGlossExport(exportInput({ themeFilter: ['livelihood'] }))
    expect(parent.issues[0].annotations).toEqual([])
    expect(parent.issues[0].entities).toHaveLength(issue.entities.length)
  })
})
