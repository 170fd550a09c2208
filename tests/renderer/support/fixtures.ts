// Issue documents for renderer tests, built from the sample issue's genre (衡阳晚报), with
// offsets computed from the text so they honour the model's invariants.
import type { Article, IssueDocument, IssueMeta, TextSpan } from '../../../src/shared/model'

export interface ArticleInput {
  kicker?: string
  title: string
  subtitles?: string[]
  byline?: string
  paragraphs: string[]
}

/** A 64-hex-digit issue id from a small number. */
export function issueId(n: number): string {
  return n.toString(16).padStart(64, '0')
}

export function buildIssue(
  meta: Partial<IssueMeta> & { id: string },
  inputs: ArticleInput[],
): IssueDocument {
  let text = ''
  const span = (part: string): TextSpan => {
    if (text) text += '\n\n'
    const start = text.length
    text += part
    return { start, end: text.length, text: part }
  }
  const articles: Article[] = inputs.map((input) => ({
    kicker: input.kicker ? span(input.kicker) : null,
    title: span(input.title),
    subtitles: (input.subtitles ?? []).map(span),
    byline: input.byline ? { ...span(input.byline), dateline: null, reporters: [] } : null,
    paragraphs: input.paragraphs.map(span),
    credits: [],
    page: null,
    section: null,
    doubts: [],
  }))
  return {
    meta: {
      paper: '衡阳晚报',
      date: '2023-04-26',
      encoding: 'utf-8',
      sourceName: 'issue.txt',
      sourcePath: null,
      importedAt: '2024-01-01T00:00:00.000Z',
      articleCount: articles.length,
      charCount: [...text].length,
      ...meta,
    },
    text,
    articles,
  }
}

export const hengyangArticles: ArticleInput[] = [
  {
    kicker: '刘越高在全市2023年一季度经济运行分析暨重大项目现场观摩会上强调——',
    title: '全力奋战二季度 确保实现“双过半”',
    subtitles: ['朱健主持会议'],
    byline: '衡阳晚报讯 (全媒体记者 陈润)',
    paragraphs: [
      '4月24日—25日,全市2023年一季度经济运行分析暨重大项目现场观摩会举行。',
      '25日上午,大会现场通报了2023年衡阳市一季度经济运行情况暨重大建设项目建设情况。',
    ],
  },
  {
    title: '衡阳高新区新签约项目12个',
    byline: '衡阳晚报讯 (全媒体记者 李明)',
    paragraphs: ['4月25日,衡阳高新区举行项目集中签约仪式。'],
  },
  {
    kicker: '市政府常务会议召开',
    title: '推进“制造立市、文旅兴城”',
    subtitles: ['朱健主持', '研究部署近期重点工作'],
    paragraphs: ['会议强调,要坚持以项目为王。', '会议还研究了其他事项。'],
  },
]

/** Three issues of one paper on different dates (import order differs from date order). */
export function sampleLibrary(): IssueDocument[] {
  return [
    buildIssue(
      { id: issueId(1), date: '2023-04-26', sourceName: 'hengyang-2023-04-26.txt' },
      hengyangArticles,
    ),
    buildIssue({ id: issueId(2), date: '2023-04-24', sourceName: 'hengyang-2023-04-24.txt' }, [
      { title: '四月二十四日要闻', paragraphs: ['本报讯 今日天气晴。'] },
    ]),
    buildIssue(
      { id: issueId(3), paper: '人民日报', date: '2023-04-25', sourceName: 'rmrb-2023-04-25.txt' },
      [{ title: '人民日报要闻', paragraphs: ['新华社北京4月25日电 国务院召开常务会议。'] }],
    ),
  ]
}
