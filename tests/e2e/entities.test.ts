// End to end: entity highlights on the sample in real Chromium, the legend, and a correction
// that applies to every issue and survives a restart.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../support/temp-dir'
import { artifacts, useGlossSession } from './support/session'
import type { ReaderPage } from './support/reader-page'

const tempDir = useTempDirs()
const session = useGlossSession()

async function open(dataDir: string): Promise<ReaderPage> {
  const reader = await session.open(dataDir)
  await reader.waitForArticles(4)
  await reader.page.getByTestId('entity').first().waitFor({ timeout: 30_000 })
  return reader
}

const highlighted = (page: Page, type: string) =>
  page.$$eval(`[data-testid="reader"] [data-testid="entity"][data-entity-type="${type}"]`, (els) =>
    els.map((el) => el.textContent),
  )

const tint = (page: Page, text: string) =>
  page
    .locator('[data-testid="reader"] [data-testid="entity"]', { hasText: text })
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor)

describe('entity highlights', () => {
  it('shows every official, body and place of the sample, by type', async () => {
    const reader = await open(await tempDir())
    const people = await highlighted(reader.page, 'person')
    for (const name of ['刘越高', '朱健', '宋峰嵘', '陈润', '罗文鹏'])
      expect(people).toContain(name)
    expect(await highlighted(reader.page, 'org')).toContain('市统计局')
    expect(await highlighted(reader.page, 'place')).toContain('耒阳市')
    expect(await highlighted(reader.page, 'title')).toContain('市委书记')
    await reader.page.screenshot({ path: join(artifacts, 'entities-sample.png') })
  })

  it('hides a type when its legend toggle is off, without changing the text', async () => {
    const reader = await open(await tempDir())
    const before = await reader.page.getByTestId('reader').innerText()
    const shown = await tint(reader.page, '刘越高')
    const toggle = reader.page
      .getByTestId('entity-legend')
      .locator('[data-testid="entity-toggle"][data-entity-type="person"]')
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    expect(shown).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
    await expect.poll(() => tint(reader.page, '刘越高')).toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
    expect(await reader.page.getByTestId('reader').innerText()).toBe(before)
    await toggle.click()
    await expect
      .poll(() => tint(reader.page, '刘越高'))
      .not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
  })
})

describe('corrections', () => {
  it('a rejected entity disappears from every issue and stays rejected after a restart', async () => {
    const dataDir = await tempDir()
    const files = await tempDir()
    const second = join(files, 'second-2024-05-08.txt')
    await writeFile(
      second,
      '城乡融合发展推进会召开\n\n本报讯（记者 欧阳明）\n\n5月8日，市委书记刘越高在耒阳市调研城乡融合发展。\n',
    )
    let reader = await open(dataDir)
    await reader.importFiles([second])
    await expect.poll(() => reader.libraryItems().count(), { timeout: 20_000 }).toBe(2)
    await reader.page.getByTestId('entity').first().waitFor()
    expect(await highlighted(reader.page, 'place')).toContain('耒阳市')

    // Reject 耒阳市 everywhere from its highlight's menu.
    await reader.page
      .locator('[data-testid="reader"] [data-testid="entity"][data-entity-type="place"]', {
        hasText: '耒阳市',
      })
      .first()
      .click()
    await reader.page
      .getByTestId('entity-menu')
      .locator('[data-testid="reject-entity"][data-scope="everywhere"]')
      .click()
    await expect.poll(() => highlighted(reader.page, 'place')).not.toContain('耒阳市')
    expect(await reader.page.getByTestId('dictionary-entry').count()).toBe(1)

    // The other issue, and a restart.
    await reader.libraryItems().filter({ hasText: '衡阳晚报' }).click()
    await reader.waitForArticles(4)
    await reader.page.getByTestId('entity').first().waitFor()
    expect(await highlighted(reader.page, 'place')).not.toContain('耒阳市')
    await session.close()
    reader = await open(dataDir)
    expect(await highlighted(reader.page, 'place')).not.toContain('耒阳市')
    expect(
      JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')).dictionary,
    ).toMatchObject([{ kind: 'reject', text: '耒阳市' }])
  })

  it('marks a missed policy term by selecting it with the mouse', async () => {
    const dataDir = await tempDir()
    const reader = await open(dataDir)
    // A phrase recognition leaves alone: drag across it, then mark it.
    const target = '调查研究'
    const box = await reader.selectableBox(target)
    expect(box).not.toBeNull()
    await reader.dragSelect(box!)
    const menu = reader.page.getByTestId('entity-menu')
    await menu.waitFor()
    await menu.locator('[data-testid="mark-as"][data-entity-type="term"]').click()
    await expect.poll(() => highlighted(reader.page, 'term')).toContain(target)
  })
})
