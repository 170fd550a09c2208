// Importing web pages and Word documents through the services, as the app and the CLI do:
// they become issues with their articles; files Gloss does not read are skipped with a reason.

import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'
import { buildDocx } from '../../core/formats/docx-fixture'
import { epaperArticlePage, severalStoriesPage } from '../../core/formats/html-fixtures'

const tempDir = useTempDirs()
const base64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString(
    'base64',
  )

describe('importing HTML and DOCX files', () => {
  it('imports pages and Word documents as issues, and skips what Gloss does not read', async () => {
    const services = await openServices(await tempDir(), false)
    const docx = await buildDocx([
      '【标题】山区公路通到家门口',
      '【来源】溪口晚报',
      '【日期】2031-04-02',
      '【正文】',
      '今年春天，山区最后一段公路修通了，村民出门再也不用走泥路。',
    ])
    const { outcomes } = await services.handlers.importFiles({
      files: [
        { name: 'epaper.html', data: base64(epaperArticlePage()) },
        { name: 'stories.htm', data: base64(severalStoriesPage(true)) },
        { name: 'export.docx', data: base64(docx) },
        { name: 'scan.pdf', data: base64('%PDF-1.7\n') },
        {
          name: 'table.csv',
          data: base64('标题,正文\n湖区治理,春分前后湖区的候鸟越来越多\n新桥,新桥合龙\n'),
        },
        { name: 'notes.txt', data: base64('Minutes of the meeting\nWe agreed on the schedule.') },
      ],
    })
    expect(outcomes.map((o) => [o.name, o.status, o.error?.code ?? null])).toEqual([
      ['epaper.html', 'imported', null],
      ['stories.htm', 'imported', null],
      ['export.docx', 'imported', null],
      ['scan.pdf', 'skipped', 'file-unsupported'],
      ['table.csv', 'skipped', 'file-unsupported'],
      ['notes.txt', 'skipped', 'file-unparsable'],
    ])
    expect(outcomes[3].error?.message).toMatch(/scan\.pdf.*\.docx/)

    const metas = services.store.listIssues()
    const byName = (name: string) => metas.find((m) => m.sourceName === name)
    expect(byName('epaper.html')).toMatchObject({
      paper: '晨光日报',
      date: '2031-03-05',
      articleCount: 1,
    })
    expect(byName('stories.htm')).toMatchObject({ articleCount: 2 })
    expect(byName('export.docx')).toMatchObject({
      paper: '溪口晚报',
      date: '2031-04-02',
      articleCount: 1,
    })

    const page = await services.handlers.getIssue({ id: byName('epaper.html')?.id ?? '' })
    expect(page.articles[0].kicker?.text).toBe('守护一湖碧水——')
    expect(page.articles[0].subtitles.map((s) => s.text)).toEqual(['三年修复湿地四千亩'])

    // The same page again is the same issue.
    const again = await services.handlers.importFiles({
      files: [{ name: 'copy.html', data: base64(epaperArticlePage()) }],
    })
    expect(again.outcomes[0]).toMatchObject({
      status: 'duplicate',
      issueId: byName('epaper.html')?.id,
    })
    await services.close()
  })

  it('imports by path from a folder, as the file dialog and the CLI do', async () => {
    const services = await openServices(await tempDir(), false)
    const folder = await tempDir()
    await writeFile(join(folder, 'page.html'), epaperArticlePage())
    await writeFile(
      join(folder, 'export.docx'),
      await buildDocx(['湖边步道完工', '', '步道沿湖修建，全长八公里，市民散步有了好去处。']),
    )
    const { outcomes } = await services.handlers.importPaths({
      paths: [join(folder, 'page.html'), join(folder, 'export.docx')],
    })
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported'])
    await services.close()
  })
})
