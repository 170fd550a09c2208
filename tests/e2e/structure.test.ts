// End to end: a researcher fixes an issue's structure in real Chromium by pointing and
// clicking — splits an article, makes a headline line the title — reloads, sees it kept,
// exports JSON and CSV carrying the corrected titles, and undoes.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import type { Download } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { NEW_TITLE, SPLIT_LINE, STRUCTURE_ISSUE } from '../support/structure-issue'
import { useTempDirs } from '../support/temp-dir'
import type { ReaderPage } from './support/reader-page'
import { artifacts, useGlossSession } from './support/session'

const tempDir = useTempDirs()
const session = useGlossSession()

const SPLIT_TITLE = '据了解，三座桥均为钢筋混凝土结构，总投资约一百二十万元。'
const OLD_TITLE = '石湾村举办农民丰收节'

async function saved(reader: ReaderPage): Promise<void> {
  await expect
    .poll(() => reader.page.getByTestId('save-state').getAttribute('data-state'), {
      timeout: 15_000,
    })
    .toBe('saved')
}

async function tag(reader: ReaderPage, phrase: string): Promise<void> {
  await reader.dragSelect((await reader.selectableBox(phrase))!)
  await reader.page.keyboard.press('1')
  await saved(reader)
  await reader.page.keyboard.press('Escape')
}

async function download(reader: ReaderPage, format: 'json' | 'csv', count: number) {
  await reader.page.keyboard.press('Control+e')
  const dialog = reader.page.getByTestId('export-dialog')
  await dialog.waitFor()
  await dialog.locator(`[data-testid="export-format"][value="${format}"]`).check()
  await dialog.locator('[data-testid="export-scope"][value="issue"]').check()
  const files: Download[] = []
  const done = new Promise<void>((resolve) =>
    reader.page.on('download', (d) => {
      files.push(d)
      if (files.length === count) resolve()
    }),
  )
  await dialog.getByTestId('run-export').click()
  await done
  await dialog.getByTestId('export-result').waitFor()
  await reader.page.keyboard.press('Escape')
  const folder = await tempDir()
  const texts: Record<string, string> = {}
  for (const file of files) {
    const path = join(folder, file.suggestedFilename())
    await file.saveAs(path)
    texts[file.suggestedFilename()] = await readFile(path, 'utf8')
  }
  return texts
}

describe('correcting structure in the reader', () => {
  it('splits an article and fixes a title by clicking, keeps both over a reload, exports them, and undoes', async () => {
    const dataDir = await tempDir()
    const file = join(await tempDir(), 'lushui-2024-05-06.txt')
    await writeFile(file, STRUCTURE_ISSUE)
    const reader = await session.open(dataDir)
    await reader.waitForArticles(4)
    await reader.page.getByTestId('author-button').click()
    await reader.page.getByTestId('author-input').fill('研究者乙')
    await reader.page.getByTestId('author-save').click()
    await reader.importFiles([file])
    await expect.poll(() => reader.libraryItems().count(), { timeout: 20_000 }).toBe(2)
    await reader.waitForArticles(2)
    const parsedTitles = await reader.outlineTitles()
    expect(parsedTitles).toContain(OLD_TITLE)
    await reader.page.getByTestId('theme-item').first().waitFor()
    await reader.waitForEntities()
    await tag(reader, '总投资约一百二十万元')
    await tag(reader, '展出瓜果蔬菜百余种')

    await reader.fixStructure(SPLIT_LINE, 'split')
    await reader.waitForArticles(3)
    await reader.fixStructure(NEW_TITLE, 'title')
    const corrected = [parsedTitles[0], SPLIT_TITLE, NEW_TITLE]
    await expect.poll(() => reader.outlineTitles(), { timeout: 15_000 }).toEqual(corrected)
    await saved(reader)
    const item = reader.libraryItems().filter({ hasText: '2024' })
    await expect.poll(() => item.textContent()).toContain('3 篇文章')
    await reader.page.screenshot({ path: join(artifacts, 'structure-corrected.png') })

    await reader.page.reload()
    await reader.waitForArticles(3)
    expect(await reader.outlineTitles()).toEqual(corrected)
    expect(await reader.articleTitles().allTextContents()).toEqual(corrected)
    // The old title now sits under the new one, as its subtitle.
    expect(await reader.line(OLD_TITLE).getAttribute('data-part-role')).toBe('subtitle')

    const json = Object.values(await download(reader, 'json', 1))[0]
    const exported = JSON.parse(json)
    expect(
      exported.issues[0].articles.map((a: { title: { text: string } }) => a.title.text),
    ).toEqual(corrected)
    const csv = await download(reader, 'csv', 2)
    const annotations = Object.entries(csv).find(([name]) => name.endsWith('-annotations.csv'))![1]
    const rows = parseCsv(annotations, { bom: true, columns: true }) as Array<
      Record<string, string>
    >
    expect(rows.map((r) => [r.quote, r.article_title])).toEqual([
      ['总投资约一百二十万元', SPLIT_TITLE],
      ['展出瓜果蔬菜百余种', NEW_TITLE],
    ])

    // Undo, as a person does: Ctrl+Z takes the title back, then the split.
    await reader.page.getByTestId('reader').click({ position: { x: 5, y: 5 } })
    await reader.page.keyboard.press('Control+z')
    await expect
      .poll(() => reader.outlineTitles(), { timeout: 15_000 })
      .toEqual([parsedTitles[0], SPLIT_TITLE, OLD_TITLE])
    await reader.page.keyboard.press('Control+z')
    await expect.poll(() => reader.outlineTitles(), { timeout: 15_000 }).toEqual(parsedTitles)
    await reader.waitForArticles(2)
  })
})
