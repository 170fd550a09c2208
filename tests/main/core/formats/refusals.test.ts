// Files Gloss does not read are refused by what they contain, not by their names, with a
// message that names the file, says what it is, and says what Gloss reads.

import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { WHAT_GLOSS_READS } from '../../../../src/main/core/formats/issue-format'
import { sniffFormat } from '../../../../src/main/core/formats/sniff-format'
import { readIssue } from '../../../../src/main/core/read-issue'
import { buildZip } from './docx-fixture'
import { epaperArticlePage } from './html-fixtures'

const utf8 = (text: string) => new TextEncoder().encode(text)

const csv = [
  'title,date,author,body',
  '"湖区治理迈出新步伐",2031-03-05,林溪,"春分前后，湖区的候鸟越来越多，湖水一年比一年清。"',
  '"老街改造让居民住得更舒心",2031-06-01,方禾,"老街改造工程进入收尾阶段，青石板路重新铺好了。"',
  '"新桥合龙",2031-06-02,孔明远,"新桥昨日顺利合龙，预计年底前通车。"',
].join('\n')

async function refusal(bytes: Uint8Array, name: string) {
  const error = await readIssue(bytes, name).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toMatchObject({ code: 'file-unsupported' })
  const message = (error as Error).message
  expect(message).toContain(name)
  expect(message).toContain(WHAT_GLOSS_READS)
  return message
}

describe('refusing what Gloss does not read', () => {
  it.each([
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'scan.txt', /PDF/],
    [
      'a PNG image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
      'page.png',
      /PNG/,
    ],
    [
      'an old Word file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'old.doc',
      /\.doc.*\.docx/,
    ],
    ['an RTF document', utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl}湖区}'), 'notes.txt', /RTF/],
    [
      'an XML file',
      utf8('<?xml version="1.0"?>\n<rss><channel><title>湖区</title></channel></rss>'),
      'feed.html',
      /XML/,
    ],
    [
      'an MHTML web archive',
      utf8(
        'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"\r\n\r\n--b\r\n',
      ),
      'page.mht',
      /MHTML.*HTML only/,
    ],
    ['a CSV table, whatever its name', utf8(csv), 'articles.txt', /CSV/],
    ['a tab-separated table', utf8(csv.replace(/,/g, '\t')), 'articles.dat', /tab-separated/],
    [
      'a two-row CSV named .csv',
      utf8('标题,正文\n湖区治理,春分前后湖区的候鸟越来越多'),
      'two.csv',
      /CSV/,
    ],
    ['a JSON file', utf8('{"articles": [{"title": "湖区治理"}]}'), 'data.json', /JSON/],
    [
      'a Gloss export',
      utf8(JSON.stringify({ format: 'gloss-export', schemaVersion: 1, issues: [] })),
      'colleague.json',
      /Gloss export.*Import a colleague/,
    ],
  ])('refuses %s', async (_, bytes, name, pattern) => {
    expect(await refusal(bytes, name)).toMatch(pattern)
  })

  it('refuses a ZIP that is not a Word document, saying what it is', async () => {
    const xlsx = await buildZip({
      'xl/workbook.xml': '<workbook/>',
      '[Content_Types].xml': '<Types/>',
    })
    expect(await refusal(xlsx, 'sheet.docx')).toMatch(/Excel/)
    const zip = await buildZip({ 'issue.txt': '湖区治理迈出新步伐' })
    expect(await refusal(zip, 'issues.zip')).toMatch(/ZIP archive/)
  })

  it('keeps the size and emptiness checks ahead of everything', async () => {
    await expect(readIssue(new Uint8Array(0), 'empty.html')).rejects.toMatchObject({
      code: 'file-empty',
    })
  })
})

describe('sniffFormat: content over name', () => {
  it('reads a page saved as .txt as HTML, and text named .html as text', async () => {
    expect(await sniffFormat(utf8(epaperArticlePage()), 'page.txt')).toBe('html')
    expect(
      await sniffFormat(utf8('<!-- saved from url=(0022)http://example/ -->\n<html><body>'), 'a'),
    ).toBe('html')
    expect(
      await sniffFormat(utf8('湖区治理迈出新步伐\n\n春分前后，湖区的候鸟越来越多。'), 'x.html'),
    ).toBe('text')
  })

  it('takes a text starting with angle-bracketed Chinese for text, not markup', async () => {
    expect(await sniffFormat(utf8('<晨光日报>\n\n湖区治理迈出新步伐'), 'a.txt')).toBe('text')
  })

  it('takes a GB18030 text for text', async () => {
    const bytes = new Uint8Array(
      iconv.encode('湖区治理迈出新步伐\n\n春分前后，湖区的候鸟越来越多。', 'gb18030'),
    )
    expect(await sniffFormat(bytes, 'gb.txt')).toBe('text')
  })

  it('does not take newspaper text with half-width commas for a table', async () => {
    const text = [
      '湖区治理迈出新步伐',
      '本报记者 林溪',
      '春分前后,湖区的候鸟越来越多,湖水一年比一年清。',
      '沿湖各乡镇拆除围网,退渔还湿。',
      '“过去水是浑的,现在能看见水草,”一位老渔民说,“心里踏实。”',
    ].join('\n')
    const issue = await readIssue(utf8(text), 'hupan.txt')
    expect(issue.format).toBe('text')
    expect(issue.parsed.articles[0].title.text).toBe('湖区治理迈出新步伐')
  })
})
