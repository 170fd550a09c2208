// End to end: the user rejects three of the model's mentions in one issue only, lets Gloss
// learn from those corrections, sees the same misreadings gone from another issue (where no
// correction applies), and takes it back with Ctrl+Z.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../support/temp-dir'
import { artifacts, useGlossSession } from './support/session'
import type { ReaderPage } from './support/reader-page'

const tempDir = useTempDirs()
const session = useGlossSession()

// Invented sentences where the shipped model misreads: a shop's name as a person, a given name
// as a place, a street as a person.
const MISREAD = ['兰芳/person', '德顺/place', '王府井/person']
const BODY = '楼下新开了一家兰芳面馆，生意红火。老槐树下，德顺爷爷在下象棋。王府井小吃街人头攒动。'
const FIRST = `街坊邻里暖人心\n\n${BODY}\n`
const SECOND = `小巷里的烟火气\n\n傍晚时分，巷子里飘出饭菜香。${BODY}\n`

const entities = (page: Page) =>
  page.$$eval('[data-testid="reader"] [data-testid="entity"]', (els) =>
    els.map((el) => `${el.textContent}/${el.getAttribute('data-entity-type')}`),
  )

async function openIssue(reader: ReaderPage, date: string): Promise<void> {
  await reader
    .libraryItems()
    .filter({ has: reader.page.locator(`time[datetime="${date}"]`) })
    .locator('.library-item__open')
    .click()
  await reader.waitForArticles(1)
  await reader.waitForEntities()
}

async function rejectHere(reader: ReaderPage, misread: string): Promise<void> {
  const [text, type] = misread.split('/')
  await reader.page
    .locator(`[data-testid="reader"] [data-testid="entity"][data-entity-type="${type}"]`, {
      hasText: text,
    })
    .first()
    .click()
  await reader.page
    .getByTestId('entity-menu')
    .locator('[data-testid="reject-entity"][data-scope="issue"]')
    .click()
  await expect.poll(() => entities(reader.page)).not.toContain(misread)
}

describe('learning recognition from corrections', () => {
  it('carries three corrections in one issue to another, and undoes', async () => {
    const files = await tempDir()
    const first = join(files, 'jiefang-2024-06-01.txt')
    const second = join(files, 'jiefang-2024-06-08.txt')
    await writeFile(first, FIRST)
    await writeFile(second, SECOND)
    const reader = await session.open(await tempDir())
    await reader.waitForArticles(4)
    await reader.importFiles([first, second])
    await expect.poll(() => reader.libraryItems().count(), { timeout: 20_000 }).toBe(3)

    await openIssue(reader, '2024-06-08')
    expect(await entities(reader.page)).toEqual(expect.arrayContaining(MISREAD))

    await openIssue(reader, '2024-06-01')
    for (const text of MISREAD) await rejectHere(reader, text)
    expect(await reader.page.getByTestId('dictionary-entry').count()).toBe(3)

    await reader.page.getByTestId('improve-recognition').click()
    const dialog = reader.page.getByTestId('learn-dialog')
    await dialog.getByTestId('learning-sentences').waitFor({ timeout: 60_000 })
    // Nothing changes here (the corrections already apply); three go elsewhere.
    expect(await dialog.getByTestId('learning-library').textContent()).toContain('减少 3 处')
    await reader.page.screenshot({ path: join(artifacts, 'learning-preview.png') })
    await dialog.getByTestId('apply-learning').click()
    await dialog.waitFor({ state: 'detached' })

    // The other issue has no correction of its own: only what was learned changes it.
    await openIssue(reader, '2024-06-08')
    const stillMisread = async () => {
      const found = await entities(reader.page)
      return MISREAD.filter((text) => found.includes(text))
    }
    await expect.poll(stillMisread, { timeout: 30_000 }).toEqual([])

    await reader.page.getByTestId('reader').click({ position: { x: 5, y: 5 } })
    await reader.page.keyboard.press('Control+z')
    await expect.poll(stillMisread, { timeout: 30_000 }).toEqual(MISREAD)
  })
})
