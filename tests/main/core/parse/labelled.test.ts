// Database exports with labelled fields, both styles, several records a file.

import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../../src/main/core/parse/parse-issue'
import { repairBrokenParagraphs } from '../../../../src/main/core/parse/repair-breaks'
import { canonicalizeText } from '../../../../src/main/core/text/canonical-text'
import { fixtureText } from './fixtures'
import { expectInvariants } from './invariants'

function parseFixture(name: string) {
  const text = repairBrokenParagraphs(canonicalizeText(fixtureText(name)), name)
  const issue = parseIssue(text, { fileName: name })
  expectInvariants(text, issue)
  return issue
}

describe('【标题】…【正文】 exports', () => {
  const issue = parseFixture('labelled-brackets.txt')

  it('reads one article per record, with paper and date from the fields', () => {
    expect(issue.articles.map((a) => a.title.text)).toEqual([
      '湘江新区发布人才新政',
      '社区食堂开进老旧小区',
    ])
    expect(issue.paper).toBe('江南日报')
    expect(issue.date).toBe('2024-05-08')
  })

  it('reads the author field as the byline', () => {
    expect(issue.articles[0].byline?.reporters).toEqual([
      { name: '刘思源', role: '记者' },
      { name: '郭敏', role: '通讯员' },
    ])
    expect(issue.articles[1].byline?.reporters).toEqual([{ name: '陈可欣', role: null }])
  })

  it('splits the body into paragraphs and repairs breaks in it', () => {
    expect(issue.articles[0].paragraphs).toHaveLength(2)
    expect(issue.articles[0].paragraphs[1].text.endsWith('引进各类人才5万名以上。')).toBe(true)
    expect(issue.articles[1].paragraphs[0].text.startsWith('“一荤两素')).toBe(true)
  })

  it('keeps the 【版次】 field and other labels out of the articles', () => {
    const all = issue.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('')
    expect(all).not.toContain('【')
  })
})

describe('标题： / 作者： line exports', () => {
  const issue = parseFixture('labelled-lines.txt')
  const [first, second] = issue.articles

  it('reads title and subtitle from their labels', () => {
    expect(issue.articles).toHaveLength(2)
    expect(first.kicker).toBeNull()
    expect(first.title.text).toBe('全市开展防汛应急演练')
    expect(first.subtitles.map((s) => s.text)).toEqual(['检验多部门协同处置能力'])
    expect(first.byline?.reporters).toEqual([{ name: '何俊峰', role: '本报记者' }])
  })

  it('keeps a label-like line inside the body as body text', () => {
    expect(first.paragraphs.map((p) => p.text)).toContain('时间：上午9点，演练正式开始。')
    expect(first.paragraphs).toHaveLength(3)
  })

  it('takes the unlabelled lines after a header as the body', () => {
    expect(second.title.text).toBe('夜间经济点亮城市烟火')
    expect(second.paragraphs.map((p) => p.text)).toEqual([
      '夏夜的步行街人流如织，小吃摊前排起长队。',
      '今年以来，全市新增夜间消费集聚区8个。',
    ])
  })

  it('reads the first dated field as the issue date', () => {
    expect(issue.date).toBe('2024-06-03')
    expect(issue.paper).toBe('江南日报')
  })

  it('reads fields printed on one line, and 引题 as the kicker', () => {
    const text =
      '【引题】春风送暖——【标题】就业服务进社区【副题】百家企业提供岗位三千个【正文】现场气氛热烈。'
    const one = parseIssue(text)
    expectInvariants(text, one)
    expect(one.articles[0].kicker?.text).toBe('春风送暖——')
    expect(one.articles[0].title.text).toBe('就业服务进社区')
    expect(one.articles[0].subtitles[0].text).toBe('百家企业提供岗位三千个')
    expect(one.articles[0].paragraphs[0].text).toBe('现场气氛热烈。')
  })
})
