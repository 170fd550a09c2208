// End to end: the Export dialog in real Chromium downloads files that validate and read back,
// and a colleague's export merges into another library through the same dialog.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import type { Download } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { readGlossExport } from '../../src/main/core/export'
import { useTempDirs } from '../support/temp-dir'
import type { ReaderPage } from './support/reader-page'
import { artifacts, useGlossSession } from './support/session'

const tempDir = useTempDirs()
const session = useGlossSession()

async function tagOnce(reader: ReaderPage, phrase: string, key: string): Promise<void> {
  const box = await reader.selectableBox(phrase)
  await reader.dragSelect(box!)
  await reader.page.keyboard.press(key)
  await expect
    .poll(() => reader.page.getByTestId('save-state').getAttribute('data-state'), {
      timeout: 15_000,
    })
    .toBe('saved')
  await reader.page.keyboard.press('Escape')
}

async function exportAs(
  reader: ReaderPage,
  format: 'json' | 'csv' | 'w3c',
  scope: 'issue' | 'library',
  count = 1,
): Promise<Download[]> {
  await reader.page.keyboard.press('Control+e')
  const dialog = reader.page.getByTestId('export-dialog')
  await dialog.waitFor()
  await dialog.locator(`[data-testid="export-format"][value="${format}"]`).check()
  await dialog.locator(`[data-testid="export-scope"][value="${scope}"]`).check()
  const downloads: Download[] = []
  const done = new Promise<void>((resolve) => {
    reader.page.on('download', (download) => {
      downloads.push(download)
      if (downloads.length === count) resolve()
    })
  })
  await dialog.getByTestId('run-export').click()
  await done
  await dialog.getByTestId('export-result').waitFor()
  await reader.page.keyboard.press('Escape')
  return downloads
}

async function saved(download: Download, folder: string): Promise<string> {
  const path = join(folder, download.suggestedFilename())
  await download.saveAs(path)
  return path
}

describe('exporting from the app', () => {
  it('downloads JSON that validates, CSV that parses, and W3C JSON-LD, every quote at its offsets', async () => {
    const reader = await session.open(await tempDir())
    await reader.waitForArticles(4)
    await reader.waitForEntities()
    await reader.page.getByTestId('theme-item').first().waitFor()
    await reader.page.getByTestId('author-button').click()
    await reader.page.getByTestId('author-input').fill('研究者甲')
    await reader.page.getByTestId('author-save').click()
    await tagOnce(reader, '要以更大力度抓实招商引资', '1')
    await tagOnce(reader, '坚定不移防范和惩治统计造假', '2')
    const out = await tempDir()

    const [json] = await exportAs(reader, 'json', 'issue')
    expect(json.suggestedFilename()).toMatch(/\.gloss\.json$/)
    const exp = readGlossExport(JSON.parse(await readFile(await saved(json, out), 'utf8')))
    const [issue] = exp.issues
    const chars = Array.from(issue.text)
    expect(issue.annotations.map((a) => a.exact)).toEqual([
      '要以更大力度抓实招商引资',
      '坚定不移防范和惩治统计造假',
    ])
    for (const a of issue.annotations) expect(chars.slice(a.start, a.end).join('')).toBe(a.exact)
    expect(issue.annotations[0].author).toBe('研究者甲')
    expect(issue.entities.length).toBeGreaterThan(50)

    const csvFiles = await exportAs(reader, 'csv', 'library', 2)
    const names = csvFiles.map((d) => d.suggestedFilename()).sort()
    expect(names[0]).toMatch(/-annotations\.csv$/)
    const rows = parseCsv(
      await readFile(
        await saved(
          csvFiles.find((d) => d.suggestedFilename().endsWith('-annotations.csv'))!,
          out,
        ),
        'utf8',
      ),
      {
        bom: true,
        columns: true,
      },
    ) as Array<Record<string, string>>
    expect(rows.map((r) => r.quote)).toEqual([
      '要以更大力度抓实招商引资',
      '坚定不移防范和惩治统计造假',
    ])

    const [w3c] = await exportAs(reader, 'w3c', 'library')
    const collection = JSON.parse(await readFile(await saved(w3c, out), 'utf8'))
    expect(collection.type).toBe('AnnotationCollection')
    expect(
      collection.first.items[0].target.selector.map((s: { type: string }) => s.type).sort(),
    ).toEqual(['TextPositionSelector', 'TextQuoteSelector'])
    await reader.page.screenshot({ path: join(artifacts, 'after-export.png') })
  })

  it("merges a colleague's export into another library, without duplicates", async () => {
    const colleague = await session.open(await tempDir())
    await colleague.waitForArticles(4)
    await colleague.waitForEntities()
    await colleague.page.getByTestId('theme-item').first().waitFor()
    await colleague.page.getByTestId('author-button').click()
    await colleague.page.getByTestId('author-input').fill('同事')
    await colleague.page.getByTestId('author-save').click()
    await tagOnce(colleague, '营商环境', '3')
    const [json] = await exportAs(colleague, 'json', 'library')
    const file = await saved(json, await tempDir())
    await session.close()

    const mine = await session.open(await tempDir())
    await mine.waitForArticles(4)
    await mine.page.keyboard.press('Control+e')
    const dialog = mine.page.getByTestId('export-dialog')
    await dialog.getByTestId('exchange-input').setInputFiles(file)
    const summary = dialog.getByTestId('exchange-summary')
    await summary.waitFor({ timeout: 20_000 })
    expect(await summary.textContent()).toMatch(/1/)
    await dialog.getByTestId('exchange-input').setInputFiles(file)
    await expect.poll(() => summary.textContent()).toMatch(/重复|duplicate/i)
    await mine.page.keyboard.press('Escape')
    await mine.page
      .getByTestId('annotation-list')
      .getByTestId('annotation-item')
      .first()
      .waitFor({ timeout: 20_000 })
    expect(
      await mine.page.getByTestId('annotation-list').getByTestId('annotation-item').count(),
    ).toBe(1)
  })
})
