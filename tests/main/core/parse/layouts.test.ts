// Plain-text layouts: one paragraph per line, U+3000 indents with hard wraps, blank lines;
// inline 本报…电 datelines, trailing credits, crossheads, several articles, astral characters.

import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../../src/main/core/parse/parse-issue'
import { repairBrokenParagraphs } from '../../../../src/main/core/parse/repair-breaks'
import { canonicalizeText } from '../../../../src/main/core/text/canonical-text'
import { CodePointIndex } from '../../../../src/shared/offsets'
import { fixtureText } from './fixtures'
import { expectInvariants } from './invariants'

function parseFixture(name: string) {
  const text = repairBrokenParagraphs(canonicalizeText(fixtureText(name)), name)
  const issue = parseIssue(text, { fileName: name })
  expectInvariants(text, issue)
  return { text, issue }
}

describe('one paragraph per line, with a masthead, an inline dateline and a trailing credit', () => {
  const { issue } = parseFixture('one-per-line.txt')
  const [first, second] = issue.articles

  it('reads the paper and date from the masthead lines', () => {
    expect(issue.paper).toBe('江南日报')
    expect(issue.date).toBe('2024-03-15')
    expect(issue.articles).toHaveLength(2)
  })

  it('takes a line ending in —— as the kicker', () => {
    expect(first.kicker?.text).toBe('春耕备耕正当时——')
    expect(first.title.text).toBe('全省落实早稻种植面积超千万亩')
  })

  it('splits an inline 本报…电 dateline and credit off the first paragraph', () => {
    expect(first.byline?.text).toBe('本报长沙3月14日电 （记者 王明远 通讯员 李晓）')
    expect(first.byline?.dateline).toBe('本报长沙3月14日电')
    expect(first.byline?.reporters).toEqual([
      { name: '王明远', role: '记者' },
      { name: '李晓', role: '通讯员' },
    ])
    expect(first.paragraphs[0].text.startsWith('记者从省农业农村厅获悉')).toBe(true)
  })

  it('joins a line cut mid-sentence to the next line', () => {
    expect(first.paragraphs).toHaveLength(3)
    expect(first.paragraphs[1].text.endsWith('快于去年同期。')).toBe(true)
  })

  it('starts a new article at a one-line headline followed by a dateline', () => {
    expect(second.title.text).toBe('新能源汽车下乡活动启动')
    expect(second.paragraphs).toHaveLength(2)
  })

  it('adds the reporters of a trailing credit line and keeps it out of the body', () => {
    expect(second.byline?.dateline).toBe('本报讯')
    expect(second.byline?.reporters).toEqual([{ name: '赵子涵', role: '记者' }])
    expect(second.paragraphs.some((p) => p.text.includes('赵子涵'))).toBe(false)
  })
})

describe('U+3000 indents with hard-wrapped lines', () => {
  const { issue, text } = parseFixture('indent-layout.txt')
  const [article] = issue.articles

  it('starts a paragraph at each indent and joins the wrapped lines', () => {
    expect(issue.articles).toHaveLength(1)
    expect(article.paragraphs).toHaveLength(3)
    expect(article.paragraphs[0].text).toBe(
      '走进城东的百年老街，青石板路依旧，沿街的老字号店铺却换上了新招牌。去年以来，区里启动老旧街区改造，对沿街建筑进行修缮。',
    )
  })

  it('joins a short fragment and a page-break continuation to an unfinished paragraph', () => {
    expect(
      article.paragraphs[2].text.endsWith('下一步将推动更多街区焕新改造，让老街区留住烟火气。'),
    ).toBe(true)
  })

  it('keeps the U+3000 indents in the canonical text but outside the paragraph spans', () => {
    expect(text).toContain('\u3000\u3000“以前')
    expect(article.paragraphs[1].text.startsWith('“以前')).toBe(true)
  })
})

describe('astral characters (𠀀, 𡒄) in headline, byline and body', () => {
  const { issue, text } = parseFixture('astral.txt')
  const [article] = issue.articles

  it('keeps reporter names with astral characters whole', () => {
    expect(article.byline?.reporters.map((r) => r.name)).toEqual(['王𡒄', '李𠀀'])
  })

  it('gives UTF-16 offsets that convert to code points and back', () => {
    const index = new CodePointIndex(text)
    const body = article.paragraphs[0]
    const start = index.toCodePoint(body.start)
    const end = index.toCodePoint(body.end)
    expect(Array.from(text).slice(start, end).join('')).toBe(body.text)
    expect(index.toUtf16(start)).toBe(body.start)
    expect(end - start).toBe(Array.from(body.text).length)
    expect(body.text.length - (end - start)).toBe(2) // 𠀀 and 𡒄: two surrogate pairs
  })

  it('repairs a break in a paragraph that holds an astral character', () => {
    expect(article.paragraphs[1].text).toBe(
      '村支书表示，将依托𡒄山特色资源，发展乡村旅游，带动村民增收。',
    )
  })
})

describe('blank-line paragraphs with crossheads and several articles', () => {
  const text = [
    '全市召开优化营商环境大会',
    '',
    '本报讯（记者 孙立）4月10日，全市优化营商环境大会召开。',
    '',
    '一、简化审批流程',
    '',
    '会议要求，各部门要进一步压缩审批时限。',
    '',
    '二、强化要素保障',
    '',
    '会议强调，要加强用地、用能等要素保障。',
    '',
    '',
    '',
    '公园新增健身步道',
    '',
    '本报讯 城北公园新建健身步道全长3公里，已于近日开放。',
  ].join('\n')
  const issue = parseIssue(text)

  it('keeps numbered crossheads inside the article as paragraphs', () => {
    expectInvariants(text, issue)
    expect(issue.articles).toHaveLength(2)
    expect(issue.articles[0].paragraphs.map((p) => p.text)).toEqual([
      '4月10日，全市优化营商环境大会召开。',
      '一、简化审批流程',
      '会议要求，各部门要进一步压缩审批时限。',
      '二、强化要素保障',
      '会议强调，要加强用地、用能等要素保障。',
    ])
    expect(issue.articles[1].title.text).toBe('公园新增健身步道')
  })

  it('treats half-width punctuation like its full-width twin when repairing breaks', () => {
    const halfWidth = parseIssue(
      '标题\n\n他说,今天的会议很重要,大家要\n\n认真落实;明天继续.\n\n下一段。',
    )
    expect(halfWidth.articles[0].paragraphs).toHaveLength(2)
  })

  it('gives an article without a headline an empty title at its start', () => {
    const bodyOnly = parseIssue('今天天气很好，大家都出门了。\n\n公园里人很多。')
    expect(bodyOnly.articles).toHaveLength(1)
    expect(bodyOnly.articles[0].title).toEqual({ start: 0, end: 0, text: '' })
    expect(bodyOnly.articles[0].paragraphs).toHaveLength(2)
  })

  it('finds no article in text without letters', () => {
    expect(parseIssue('123\n\n。。。\n——\n456').articles).toEqual([])
  })
})
