// Database exports in every variant real files use: each record's fields bind to their own
// record (title with its own body), page and section are kept, and an export that holds
// several days or papers splits into one issue per paper and date.

import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../../src/main/core/parse/parse-issue'
import { repairBrokenParagraphs } from '../../../../src/main/core/parse/repair-breaks'
import { splitIntoIssues } from '../../../../src/main/core/parse/split-issues'
import { expectInvariants } from './invariants'

interface RecordInput {
  title: string
  kicker?: string
  subtitle?: string
  author?: string
  page: string
  section: string
  date: string
  paper: string
  body: string[]
}

const records: RecordInput[] = [
  {
    title: '湖川省启动春季植树行动',
    kicker: '全民义务植树四十五周年',
    page: '第03版',
    section: '要闻',
    date: '2025-03-12',
    paper: '湖川日报',
    body: [
      '本报南江3月11日电  （记者林  舟）甲记录：全省春季植树行动11日启动。',
      '甲记录：今年计划新增造林面积一百万亩。',
    ],
  },
  {
    title: '江屿港集装箱吞吐量创新高',
    author: '本报记者  周  岚',
    page: '第05版',
    section: '经济',
    date: '2025-03-12',
    paper: '湖川日报',
    body: ['乙记录：一季度，江屿港集装箱吞吐量同比增长百分之九。', '乙记录：新航线陆续开通。'],
  },
  {
    title: '社区食堂让老人吃得更舒心',
    subtitle: '已覆盖全市八成社区',
    page: '第07版',
    section: '社会',
    date: '2025-03-12',
    paper: '湖川日报',
    body: ['丙记录：中午十一点，社区食堂里已经坐满了老人。', '丙记录：一荤两素只要十元。'],
  },
]

type Variant = (r: RecordInput) => string

const fieldOrder = ['title', 'kicker', 'subtitle', 'author', 'page', 'section', 'date', 'paper']
const bracket: Record<string, string> = {
  title: '标题',
  kicker: '引题',
  subtitle: '副标题',
  author: '作者',
  page: '版次',
  section: '版名',
  date: '日期',
  paper: '来源',
}
const colon: Record<string, string> = { ...bracket, section: '版面' }
const value = (r: RecordInput, key: string): string =>
  (r[key as keyof RecordInput] as string | undefined) ?? ''

const variants: Array<[string, Variant]> = [
  [
    'bracket, every field on its own line even when empty, 【正文】 alone',
    (r) =>
      [...fieldOrder.map((k) => `【${bracket[k]}】${value(r, k)}`), '【正文】', ...r.body].join(
        '\n',
      ),
  ],
  [
    'bracket, only filled fields, 【正文】 followed directly by text',
    (r) =>
      [
        ...fieldOrder.filter((k) => value(r, k)).map((k) => `【${bracket[k]}】${value(r, k)}`),
        `【正文】${r.body[0]}`,
        ...r.body.slice(1),
      ].join('\n'),
  ],
  [
    'bracket, header fields on one line',
    (r) =>
      [
        fieldOrder
          .filter((k) => value(r, k))
          .map((k) => `【${bracket[k]}】${value(r, k)}`)
          .join(''),
        '【正文】',
        ...r.body,
      ].join('\n'),
  ],
  [
    'colon lines, empty ones kept, 正文： alone',
    (r) =>
      [...fieldOrder.map((k) => `${colon[k]}：${value(r, k)}`), '正文：', ...r.body].join('\n'),
  ],
  [
    'colon lines, filled only, page and section in one field, 正文： followed by text',
    (r) =>
      [
        `标题：${r.title}`,
        ...(r.kicker ? [`引题：${r.kicker}`] : []),
        ...(r.subtitle ? [`副标题：${r.subtitle}`] : []),
        ...(r.author ? [`作者：${r.author}`] : []),
        `版面：${r.page} ${r.section}`,
        `日期：${r.date}`,
        `正文：${r.body[0]}`,
        ...r.body.slice(1),
      ].join('\n'),
  ],
]

function parse(text: string) {
  const repaired = repairBrokenParagraphs(text)
  const issue = parseIssue(repaired)
  expectInvariants(repaired, issue)
  return issue
}

describe.each(variants)('%s', (_, variant) => {
  const issue = parse(records.map(variant).join('\n\n'))

  it('gives one article per record, each title with its own body', () => {
    expect(issue.articles).toHaveLength(records.length)
    issue.articles.forEach((article, i) => {
      const mark = records[i].body[1].slice(0, 3) // 甲记录 / 乙记录 / 丙记录
      expect(article.title.text).toBe(records[i].title)
      expect(article.paragraphs.map((p) => p.text.includes(mark))).toEqual([true, true])
      expect(article.kicker?.text ?? null).toBe(records[i].kicker ?? null)
      expect(article.subtitles.map((s) => s.text)).toEqual(
        records[i].subtitle ? [records[i].subtitle] : [],
      )
    })
  })

  it('keeps each record’s page and section', () => {
    expect(issue.articles.map((a) => [a.page, a.section])).toEqual(
      records.map((r) => [r.page, r.section]),
    )
  })

  it('reads the author field or the dateline as the byline', () => {
    expect(issue.articles[1].byline?.reporters).toEqual([{ name: '周岚', role: '本报记者' }])
    expect(issue.articles[0].byline?.reporters.map((r) => r.name)).toEqual(['林舟'])
  })
})

describe('an export of several days or papers', () => {
  const days = ['2025-03-12', '2025-03-13', '2025-03-12']
  const monthly = records
    .map((r, i) => variants[0][1]({ ...r, date: days[i] }))
    .concat(variants[0][1]({ ...records[1], paper: '江屿晚报', date: '2025-03-13' }))
    .join('\n\n')

  it('splits into one issue per paper and date, in the order each first appears', () => {
    const parts = splitIntoIssues(monthly)
    expect(parts.map((p) => [p.paper, p.date, p.records])).toEqual([
      ['湖川日报', '2025-03-12', 2],
      ['湖川日报', '2025-03-13', 1],
      ['江屿晚报', '2025-03-13', 1],
    ])
    const first = parse(parts[0].text)
    expect(first.articles.map((a) => a.title.text)).toEqual([records[0].title, records[2].title])
    expect(first.date).toBe('2025-03-12')
  })

  it('leaves a one-day export and a plain text whole', () => {
    const oneDay = records.map(variants[1][1]).join('\n\n')
    expect(splitIntoIssues(oneDay)).toEqual([{ text: oneDay, paper: null, date: null, records: 3 }])
    const plain = '县里举办春季招聘会\n\n共有80家企业参加。'
    expect(splitIntoIssues(plain)).toEqual([{ text: plain, paper: null, date: null, records: 0 }])
  })
})
