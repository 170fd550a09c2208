// The shared sample issue against the hand-made gold: articles, headline parts, reporters,
// paragraph counts and every page-break join.

import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../../src/main/core/parse/parse-issue'
import { repairBrokenParagraphs } from '../../../../src/main/core/parse/repair-breaks'
import { canonicalizeText } from '../../../../src/main/core/text/canonical-text'
import { SAMPLE_NAME, sampleText, seedGold } from './fixtures'
import { expectInvariants } from './invariants'

const gold = seedGold()
if (!gold) console.warn('seed-gold.json not found beside the repo: skipping the gold comparison')

const text = repairBrokenParagraphs(canonicalizeText(sampleText()), SAMPLE_NAME)
const issue = parseIssue(text, { fileName: SAMPLE_NAME })

describe.skipIf(!gold)('the sample issue against the seed gold', () => {
  const articles = gold?.articles ?? []

  it('finds exactly the gold articles', () => {
    expect(issue.articles).toHaveLength(articles.length)
  })

  it.each(articles.map((g, i) => [i + 1, g] as const))('article %i: headline parts', (n, g) => {
    const a = issue.articles[n - 1]
    expect(a.kicker?.text ?? null).toBe(g.kicker)
    expect(a.title.text).toBe(g.title)
    expect(a.subtitles.map((s) => s.text).join(' ') || null).toBe(g.subtitle)
  })

  it.each(articles.map((g, i) => [i + 1, g] as const))(
    'article %i: reporters and paragraphs',
    (n, g) => {
      const a = issue.articles[n - 1]
      expect(a.byline?.reporters.map((r) => r.name)).toEqual(g.reporters)
      expect(a.paragraphs).toHaveLength(g.paragraphs)
    },
  )

  it.each((gold?.brokenParagraphJoins ?? []).map((j) => [j]))('repairs the break at %s', (join) => {
    const joined = join.replace('|', '')
    const paragraphs = issue.articles.flatMap((a) => a.paragraphs)
    expect(paragraphs.some((p) => p.text.includes(joined))).toBe(true)
  })
})

describe('the sample issue', () => {
  it('keeps every span equal to its slice of the repaired canonical text', () => {
    expectInvariants(text, issue)
  })

  it('names the paper from the byline and the date from the file name', () => {
    expect(issue.paper).toBe('衡阳晚报')
    expect(issue.date).toBe('2023-04-26')
  })

  it('reads the byline as printed, with the role apart from the name', () => {
    const byline = issue.articles[0].byline
    expect(byline?.text).toBe('衡阳晚报讯 (全媒体记者 陈润)')
    expect(byline?.dateline).toBe('衡阳晚报讯')
    expect(byline?.reporters).toEqual([{ name: '陈润', role: '全媒体记者' }])
  })

  it('leaves no blank line inside a repaired paragraph', () => {
    for (const p of issue.articles.flatMap((a) => a.paragraphs)) expect(p.text).not.toContain('\n')
  })

  it('parses the unrepaired text into the same structure, its joined paragraphs spanning the break', () => {
    const raw = canonicalizeText(sampleText())
    const unrepaired = parseIssue(raw, { fileName: SAMPLE_NAME })
    expectInvariants(raw, unrepaired)
    expect(unrepaired.articles.map((a) => a.paragraphs.length)).toEqual(
      issue.articles.map((a) => a.paragraphs.length),
    )
    const spanning = unrepaired.articles
      .flatMap((a) => a.paragraphs)
      .filter((p) => p.text.includes('\n\n'))
    expect(spanning).toHaveLength(7)
  })

  it('parses the sample quickly enough to run many times (a sanity check, no timing asserted)', () => {
    for (let i = 0; i < 50; i++) parseIssue(text, { fileName: SAMPLE_NAME })
  })
})
