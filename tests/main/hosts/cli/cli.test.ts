// The CLI as a user runs it: a real process, real files, a real library folder.
import { execFile } from 'node:child_process'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import iconv from 'iconv-lite'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { readGlossExport } from '../../../../src/main/core/export'
import { buildDocx } from '../../core/formats/docx-fixture'
import { epaperArticlePage } from '../../core/formats/html-fixtures'
import { useTempDirs } from '../../../support/temp-dir'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../../..', import.meta.url))
const sample = join(root, 'resources/samples/hengyang-evening-news-2023-04-26.txt')
const tempDir = useTempDirs()

function cli(...args: string[]) {
  return run(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/main/hosts/cli/main.ts'), ...args],
    {
      cwd: root,
      env: { ...process.env, GLOSS_DATA_DIR: '' },
      maxBuffer: 64 << 20,
    },
  )
}

// Every test starts real Node processes (tsx compiles on start): seconds each on a loaded
// machine, so these wait longer than vitest's default 5 s rather than flake.
const PROCESS_TIMEOUT = { timeout: 60_000 }

describe('gloss parse', PROCESS_TIMEOUT, () => {
  it('prints the public JSON shape with code-point offsets and entities', async () => {
    const { stdout } = await cli('parse', sample, '--json')
    const doc = JSON.parse(stdout)
    expect(doc.offsetUnit).toBe('codepoint')
    expect(doc.issue).toMatchObject({ paper: '衡阳晚报', date: '2023-04-26', encoding: 'utf-8' })
    expect(doc.articles).toHaveLength(4)
    const chars = Array.from(doc.issue.text as string)
    for (const p of doc.articles.flatMap((a: { paragraphs: unknown[] }) => a.paragraphs)) {
      expect(chars.slice(p.start, p.end).join('')).toBe(p.text)
    }
    expect(doc.entities.length).toBeGreaterThan(20)
    for (const e of doc.entities) expect(chars.slice(e.start, e.end).join('')).toBe(e.text)
  })

  it('counts code points, not UTF-16 units, after an astral character', async () => {
    const dir = await tempDir()
    const file = join(dir, '𠀀报-2024-05-01.txt')
    await writeFile(file, '𠀀𡒄新闻标题\n\n本报讯（记者 欧阳明）\n\n市长林小雨出席会议。')
    const doc = JSON.parse((await cli('parse', file, '--json')).stdout)
    const chars = Array.from(doc.issue.text as string)
    const para = doc.articles[0].paragraphs[0]
    expect(chars.slice(para.start, para.end).join('')).toBe(para.text)
    expect(para.start).toBe(doc.issue.text.indexOf(para.text) - 2)
  })

  it('parses a saved web page and a Word document', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'epaper.html'), epaperArticlePage())
    const page = JSON.parse(
      (await cli('parse', join(dir, 'epaper.html'), '--json', '--no-entities')).stdout,
    )
    expect(page.issue).toMatchObject({ paper: '晨光日报', date: '2031-03-05' })
    expect(page.articles[0]).toMatchObject({
      kicker: '守护一湖碧水——',
      title: '湖区治理迈出新步伐',
    })
    const chars = Array.from(page.issue.text as string)
    for (const p of page.articles[0].paragraphs)
      expect(chars.slice(p.start, p.end).join('')).toBe(p.text)

    await writeFile(
      join(dir, 'export.docx'),
      await buildDocx(['湖边步道完工', '', '步道沿湖修建，全长八公里，市民散步有了好去处。']),
    )
    const { stdout } = await cli('parse', join(dir, 'export.docx'), '--no-entities')
    expect(stdout).toMatch(/1\. 湖边步道完工/)
  })

  it('names the file and the reason for a file it cannot read', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'scan.pdf'), '%PDF-1.4\n\u0000\u0001')
    await expect(cli('parse', join(dir, 'scan.pdf'), '--json')).rejects.toMatchObject({
      stderr: expect.stringMatching(/scan\.pdf/),
    })
  })
})

describe('gloss import and export', PROCESS_TIMEOUT, () => {
  it('imports a folder headlessly, then exports JSON, CSV and W3C that read back', async () => {
    const data = await tempDir()
    const folder = await tempDir()
    await mkdir(join(folder, 'nested'))
    await copyFile(sample, join(folder, 'hengyang-2023-04-26.txt'))
    await writeFile(
      join(folder, 'nested', 'gb.txt'),
      iconv.encode('推进城乡融合发展\n\n本报讯（记者 欧阳明）\n\n会议召开。', 'gb18030'),
    )
    await writeFile(join(folder, 'nested', 'scan.pdf'), Buffer.from('%PDF-1.7\n\u0000'))

    const imported = await cli('import', folder, '--data-dir', data)
    expect(imported.stdout).toMatch(/2 imported, 0 already in the library, 1 skipped/)
    expect(imported.stdout).toMatch(/skipped .*scan\.pdf: .*scan\.pdf/)
    expect((await cli('import', folder, '--data-dir', data)).stdout).toMatch(
      /0 imported, 2 already in the library/,
    )

    const out = await tempDir()
    await cli('export', '--data-dir', data, '--format', 'json', '--out', join(out, 'all.json'))
    const exp = readGlossExport(JSON.parse(await readFile(join(out, 'all.json'), 'utf8')))
    expect(exp.issues).toHaveLength(2)
    expect(exp.codebook.themes.length).toBeGreaterThan(10)

    await cli(
      'export',
      '--data-dir',
      data,
      '--format',
      'csv',
      '--out',
      join(out, 'a.csv'),
      '--issues',
      exp.issues[0].id,
    )
    const entities = parseCsv(await readFile(join(out, 'a-entities.csv'), 'utf8'), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>
    expect(entities.length).toBeGreaterThan(10)
    expect(new Set(entities.map((row) => row.issue_id))).toEqual(new Set([exp.issues[0].id]))

    await cli('export', '--data-dir', data, '--format', 'w3c', '--out', join(out, 'a.jsonld'))
    expect(JSON.parse(await readFile(join(out, 'a.jsonld'), 'utf8')).type).toBe(
      'AnnotationCollection',
    )
  }, 120_000)

  it('refuses an unknown format with the usage', async () => {
    await expect(cli('export', '--format', 'xlsx', '--out', 'x')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--format must be one of json, csv, w3c/),
    })
  })
})
