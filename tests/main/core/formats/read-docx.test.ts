// Word documents (database exports saved from Word): their paragraphs become text lines as
// Word's own plain-text save writes them, and the text parser reads the issue from those.

import { describe, expect, it } from 'vitest'
import { docxText } from '../../../../src/main/core/formats/docx/docx-text'
import { readIssue } from '../../../../src/main/core/read-issue'
import { buildDocx } from './docx-fixture'

const record = (title: string, author: string, date: string, body: string[]) => [
  `【标题】${title}`,
  `【作者】${author}`,
  `【日期】${date}`,
  '【正文】',
  ...body,
]

describe('DOCX import', () => {
  it('reads a labelled database export, each body bound to its own record’s title', async () => {
    const bytes = await buildDocx([
      ...record('山区公路通到家门口', '记者 程远', '2031-04-02', [
        '　　今年春天，山区最后一段公路修通了。',
        '　　村民说，出门再也不用走泥路。',
      ]),
      ...record('夜市开张第一天', '记者 苏晴', '2031-04-02', ['　　夜市开张，摊位摆满了整条街。']),
    ])
    const issue = await readIssue(bytes, '数据库导出.docx')
    expect(issue.format).toBe('docx')
    expect(issue.encoding).toBe('utf-8')
    expect(issue.parsed.date).toBe('2031-04-02')
    expect(
      issue.parsed.articles.map((a) => [a.title.text, a.paragraphs.map((p) => p.text.trim())]),
    ).toEqual([
      [
        '山区公路通到家门口',
        ['今年春天，山区最后一段公路修通了。', '村民说，出门再也不用走泥路。'],
      ],
      ['夜市开张第一天', ['夜市开张，摊位摆满了整条街。']],
    ])
    for (const a of issue.parsed.articles) {
      for (const p of [a.title, ...a.paragraphs])
        expect(issue.text.slice(p.start, p.end)).toBe(p.text)
    }
  })

  it('reads a plain layout with empty paragraphs as blank lines, padded names kept', async () => {
    const bytes = await buildDocx([
      '新区建设提速',
      '',
      '本报记者  王  明',
      '',
      '　　今年以来，新区建设全面提速，一批重点项目陆续开工。',
      '',
      '社区食堂开进老小区',
      '',
      '本报讯（记者 李  华）社区食堂在老小区开张，老人吃饭更方便了。',
    ])
    expect(await docxText(bytes, 'plain.docx')).toBe(
      '新区建设提速\n\n本报记者  王  明\n\n　　今年以来，新区建设全面提速，一批重点项目陆续开工。\n\n社区食堂开进老小区\n\n本报讯（记者 李  华）社区食堂在老小区开张，老人吃饭更方便了。',
    )
    const issue = await readIssue(bytes, 'plain.docx')
    expect(issue.parsed.articles.map((a) => a.title.text)).toEqual([
      '新区建设提速',
      '社区食堂开进老小区',
    ])
    expect(issue.parsed.articles[0].byline?.reporters).toEqual([{ name: '王明', role: '本报记者' }])
  })

  it('turns soft line breaks and table cells into lines', async () => {
    const bytes = await buildDocx([
      '【标题】湖边步道完工\n【作者】记者 周岚\n【正文】\n步道沿湖修建，全长八公里，市民散步有了好去处。',
      {
        table: [
          ['版次', '第03版'],
          ['版名', '城事'],
        ],
      },
    ])
    expect(await docxText(bytes, 'soft.docx')).toBe(
      '【标题】湖边步道完工\n【作者】记者 周岚\n【正文】\n步道沿湖修建，全长八公里，市民散步有了好去处。\n版次\n第03版\n版名\n城事',
    )
    const issue = await readIssue(bytes, 'soft.docx')
    expect(issue.parsed.articles[0].title.text).toBe('湖边步道完工')
  })

  it('refuses a Word document with no article in it', async () => {
    const bytes = await buildDocx(['Minutes of the meeting', 'We agreed on the schedule.'])
    await expect(readIssue(bytes, 'minutes.docx')).rejects.toMatchObject({
      code: 'file-unparsable',
      message: expect.stringMatching(/minutes\.docx.*no article/),
    })
  })

  it('refuses a damaged Word document with a reason', async () => {
    const bytes = await buildDocx(['湖区治理迈出新步伐'])
    // Keep the ZIP's first entry readable but cut the archive short.
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6))
    const error = await readIssue(cut, 'cut.docx').then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ message: expect.stringContaining('cut.docx') })
  })
})
