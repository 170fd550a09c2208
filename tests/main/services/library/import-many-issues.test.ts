// A database export of several days and papers imports as one issue per paper and date, and
// the summary says which part of the file each issue came from.

import { describe, expect, it } from 'vitest'
import { openServices } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

function record(title: string, paper: string, date: string, body: string): string {
  return [`【标题】${title}`, `【来源】${paper}`, `【日期】${date}`, `【正文】${body}`].join('\n')
}

describe('importing an export of several days and papers', () => {
  it('makes one issue per paper and date, each with its own articles and date', async () => {
    const services = await openServices(await tempDir(), false)
    const file = [
      record('河堤加固工程完工', '湖川日报', '2031-05-01', '全长12公里的河堤加固工程日前完工。'),
      record('乡村学校新添图书', '湖川日报', '2031-05-02', '全县乡村学校今年新添图书两万册。'),
      record('湖区候鸟数量增加', '湖川日报', '2031-05-01', '今年春季，湖区观测到的候鸟数量增加。'),
      record('城西夜市开张', '江屿晚报', '2031-05-01', '城西夜市昨晚开张，吸引大批市民。'),
    ].join('\n\n')
    const { outcomes } = await services.handlers.importFiles({
      files: [{ name: 'may-export.txt', data: base64(file) }],
    })
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['may-export.txt · 湖川日报 2031-05-01', 'imported'],
      ['may-export.txt · 湖川日报 2031-05-02', 'imported'],
      ['may-export.txt · 江屿晚报 2031-05-01', 'imported'],
    ])
    const issues = await Promise.all(
      outcomes.map((o) => services.handlers.getIssue({ id: o.issueId! })),
    )
    expect(
      issues.map((i) => [
        i.meta.paper,
        i.meta.date,
        i.meta.sourceName,
        i.articles.map((a) => a.title.text),
      ]),
    ).toEqual([
      ['湖川日报', '2031-05-01', 'may-export.txt', ['河堤加固工程完工', '湖区候鸟数量增加']],
      ['湖川日报', '2031-05-02', 'may-export.txt', ['乡村学校新添图书']],
      ['江屿晚报', '2031-05-01', 'may-export.txt', ['城西夜市开张']],
    ])
    // Importing the same export again finds every issue already there.
    const again = await services.handlers.importFiles({
      files: [{ name: 'may-export.txt', data: base64(file) }],
    })
    expect(again.outcomes.map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'duplicate'])
  })
})
