// End to end, as a person tags: mouse drags to select, clicks and key presses — never API
// calls — against the real host and a real library folder, with a reload in between.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../support/temp-dir'
import type { ReaderPage } from './support/reader-page'
import { artifacts, useGlossSession } from './support/session'

const tempDir = useTempDirs()
const session = useGlossSession()

async function open(dataDir: string): Promise<ReaderPage> {
  const reader = await session.open(dataDir)
  await reader.waitForArticles(4)
  await reader.page.getByTestId('theme-item').first().waitFor()
  await reader.waitForEntities()
  return reader
}

/** Drags across `from`…`to` (two phrases of the sample, possibly in different paragraphs). */
async function select(reader: ReaderPage, from: string, to = from): Promise<void> {
  const start = await reader.selectableBox(from)
  const end = to === from ? start : await reader.boxOf(to)
  expect(start && end).toBeTruthy()
  await reader.dragSelect(start!, end!)
}

const themeItems = (reader: ReaderPage) =>
  reader.page.getByTestId('theme-panel').getByTestId('theme-item')
const marks = (reader: ReaderPage) =>
  reader.page.getByTestId('reader').getByTestId('annotation-mark')
const saved = (reader: ReaderPage) =>
  expect
    .poll(() => reader.page.getByTestId('save-state').getAttribute('data-state'), {
      timeout: 15_000,
    })
    .toBe('saved')

async function annotationsOnDisk(dataDir: string): Promise<
  Array<{
    id: string
    themeIds: string[]
    memo: string
    author: string
    selector: { exact: string }
  }>
> {
  const { issues } = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'))
  const sample = issues.find((i: { paper: string }) => i.paper === '衡阳晚报')
  return JSON.parse(await readFile(join(dataDir, 'annotations', `${sample.id}.json`), 'utf8'))
    .annotations
}

describe('tagging the sample', () => {
  it('tags a passage with two themes and a memo, and finds it all again after a reload', async () => {
    const dataDir = await tempDir()
    let reader = await open(dataDir)
    const [first, second] = await themeItems(reader).evaluateAll((els) =>
      els.slice(0, 2).map((el) => el.getAttribute('data-theme-id')!),
    )

    await select(reader, '要以更大力度抓实招商引资')
    await themeItems(reader).first().click()
    // The first tag asks once for the author's name.
    await reader.page.getByTestId('author-input').fill('研究者甲')
    await reader.page.getByTestId('author-save').click()
    const editor = reader.page.getByTestId('annotation-editor')
    await editor.waitFor()
    await editor.locator(`[data-testid="annotation-theme"][data-theme-id="${second}"]`).click()
    await editor.getByTestId('annotation-memo').click()
    await reader.page.keyboard.type('招商引资是二季度工作的重点。')
    await reader.page.keyboard.press('Escape')
    await saved(reader)
    await reader.page.screenshot({ path: join(artifacts, 'tagging-sample.png') })

    const [stored] = await annotationsOnDisk(dataDir)
    expect(stored).toMatchObject({
      themeIds: [first, second],
      memo: '招商引资是二季度工作的重点。',
      author: '研究者甲',
      selector: { exact: '要以更大力度抓实招商引资' },
    })

    await session.close()
    reader = await open(dataDir)
    const mark = marks(reader).first()
    await mark.waitFor()
    await mark.scrollIntoViewIfNeeded()
    await mark.click()
    const reopened = reader.page.getByTestId('annotation-editor')
    expect(await reopened.getByTestId('annotation-memo').inputValue()).toBe(
      '招商引资是二季度工作的重点。',
    )
    for (const id of [first, second]) {
      expect(
        await reopened
          .locator(`[data-testid="annotation-theme"][data-theme-id="${id}"]`)
          .getAttribute('aria-pressed'),
      ).toBe('true')
    }
  })

  it('tags a selection across two paragraphs, and an overlapping one by keyboard', async () => {
    const dataDir = await tempDir()
    const reader = await open(dataDir)
    await reader.page.getByTestId('author-button').click()
    await reader.page.getByTestId('author-input').fill('研究者乙')
    await reader.page.getByTestId('author-save').click()

    // From the end of one paragraph into the start of the next.
    await select(reader, '市长朱健主持会议', '24日的现场观摩环节')
    await reader.page.keyboard.press('1')
    await saved(reader)
    // The editor opened on the new annotation floats over the text: close it, as one would.
    await reader.page.keyboard.press('Escape')
    // Overlapping the first: the office and name where it begins.
    await select(reader, '市委副书记、市长朱健')
    await reader.page.keyboard.press('2')
    await saved(reader)

    const stored = await annotationsOnDisk(dataDir)
    expect(stored).toHaveLength(2)
    const across = stored.find((a) => a.selector.exact.includes('\n'))
    expect(across?.selector.exact).toMatch(/^市长朱健主持会议。\n+24日的现场观摩环节$/)
    const ids = await marks(reader).evaluateAll(
      (els) => new Set(els.map((el) => el.getAttribute('data-annotation-id'))).size,
    )
    expect(ids).toBe(2)
    // The across-paragraph mark is drawn in both paragraphs.
    const paragraphsWithMark = await reader.page.$$eval(
      `[data-testid="paragraph"]:has([data-annotation-id="${across!.id}"])`,
      (els) => els.length,
    )
    expect(paragraphsWithMark).toBe(2)
    expect(
      await reader.page.getByTestId('annotation-list').getByTestId('annotation-item').count(),
    ).toBe(2)
  })

  it('undoes and redoes with the keyboard', async () => {
    const dataDir = await tempDir()
    const reader = await open(dataDir)
    await reader.page.getByTestId('author-button').click()
    await reader.page.getByTestId('author-input').fill('研究者丙')
    await reader.page.getByTestId('author-save').click()
    await select(reader, '统计造假')
    await reader.page.keyboard.press('3')
    await saved(reader)
    await expect.poll(() => marks(reader).count()).toBeGreaterThan(0)
    await reader.page.keyboard.press('Escape')
    await reader.page.locator('body').click({ position: { x: 5, y: 300 } })

    await reader.page.keyboard.press('Control+z')
    await expect.poll(() => marks(reader).count()).toBe(0)
    expect(await annotationsOnDisk(dataDir)).toEqual([])
    await reader.page.keyboard.press('Control+Shift+z')
    await expect.poll(() => marks(reader).count()).toBeGreaterThan(0)
    expect(await annotationsOnDisk(dataDir)).toHaveLength(1)
  })

  it('shows a codebook edit in the reader at once', async () => {
    const dataDir = await tempDir()
    const reader = await open(dataDir)
    await reader.page.getByTestId('author-button').click()
    await reader.page.getByTestId('author-input').fill('研究者丁')
    await reader.page.getByTestId('author-save').click()
    await select(reader, '营商环境')
    await themeItems(reader).first().click()
    await saved(reader)
    await reader.page.keyboard.press('Escape')

    const styleBefore = await marks(reader).first().getAttribute('style')
    await themeItems(reader).first().hover()
    // The row's edit controls show on hover; the click goes to the control itself.
    await themeItems(reader).first().getByTestId('edit-theme').dispatchEvent('click')
    await reader.page.getByTestId('theme-colour').fill('#123abc')
    await reader.page.getByTestId('theme-name-en').fill('Business climate (edited)')
    await reader.page.getByTestId('theme-save').click()
    await expect.poll(() => marks(reader).first().getAttribute('style')).not.toBe(styleBefore)
    expect((await marks(reader).first().getAttribute('style'))?.toLowerCase()).toMatch(
      /#123abc|rgb\(18, 58, 188\)/,
    )
    expect(await themeItems(reader).first().textContent()).toContain('Business climate (edited)')
  })
})
