// A page object for the reader: the test speaks of issues and articles, not selectors.
import type { Locator, Page } from 'playwright-core'
import type { StructureRole } from '../../../src/shared/model'

/** Where a phrase starts (x, y: its first line) and ends (endX, endY: its last line). */
export interface TextBox {
  x: number
  y: number
  endX: number
  endY: number
}

export class ReaderPage {
  constructor(readonly page: Page) {}

  libraryItems(): Locator {
    return this.page.getByTestId('library-item')
  }

  articleTitles(): Locator {
    return this.page.getByTestId('reader').getByTestId('article-title')
  }

  outlineItems(): Locator {
    return this.page.getByTestId('outline').getByTestId('outline-item')
  }

  async waitForArticles(count: number): Promise<void> {
    await this.page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="reader"] [data-testid="article"]').length === n,
      count,
      { timeout: 20_000 },
    )
  }

  /** Waits until the open issue's entities are recognised and drawn: they re-render the text
   * and shift the layout a little, which would cut a selection being made across it or land
   * a drag beside its phrase. */
  async waitForEntities(): Promise<void> {
    await this.page
      .locator('[data-testid="entity-panel"][aria-busy="false"]')
      .waitFor({ timeout: 60_000 })
    await this.page.getByTestId('reader').getByTestId('entity').first().waitFor({ timeout: 60_000 })
  }

  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(paths)
  }

  /** Scrolls the first occurrence of `text` in the reader into view and returns its box. */
  async selectableBox(text: string): Promise<TextBox | null> {
    await this.waitForEntities()
    const found = await this.page.evaluate((word) => {
      const paragraphs = document.querySelectorAll(
        '[data-testid="reader"] p, [data-testid="reader"] h2',
      )
      const holder = [...paragraphs].find((el) => el.textContent!.includes(word))
      holder?.scrollIntoView({ block: 'center', behavior: 'instant' })
      return holder !== undefined
    }, text)
    if (!found) return null
    // Smooth scrolling takes as long as it takes on a loaded machine: measure until the phrase
    // stands still across animation frames.
    let box = await this.boxOf(text)
    for (let still = 0; still < 3;) {
      await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)))
      const next = await this.boxOf(text)
      still = JSON.stringify(next) === JSON.stringify(box) ? still + 1 : 0
      box = next
    }
    return box
  }

  /** The box of `text` as it is now on screen (no scrolling). */
  async boxOf(text: string): Promise<TextBox | null> {
    return this.page.evaluate((word) => {
      const walker = document.createTreeWalker(
        document.querySelector('[data-testid="reader"]')!,
        NodeFilter.SHOW_TEXT,
      )
      let joined = ''
      const nodes: Array<{ node: Text; at: number }> = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, at: joined.length })
        joined += node.textContent
      }
      const at = joined.indexOf(word)
      if (at < 0) return null
      const startNode = nodes.findLast((n) => n.at <= at)!
      const endNode = nodes.findLast((n) => n.at < at + word.length)!
      const range = document.createRange()
      range.setStart(startNode.node, at - startNode.at)
      range.setEnd(endNode.node, at + word.length - endNode.at)
      const rects = range.getClientRects()
      const last = rects[rects.length - 1]
      const first = rects[0]
      return {
        x: first.left,
        y: first.top + first.height / 2,
        endX: last.right,
        endY: last.top + last.height / 2,
      }
    }, text)
  }

  /** Selects text as a person does: press, drag across, release. */
  async dragSelect(box: TextBox, toBox?: TextBox): Promise<void> {
    const end = toBox ?? box
    await this.page.mouse.move(box.x + 1, box.y)
    await this.page.mouse.down()
    await this.page.mouse.move(end.endX - 1, end.endY, { steps: 10 })
    await this.page.mouse.up()
  }

  /** The reader's line (kicker, title, paragraph…) whose text is `text`. */
  line(text: string): Locator {
    return this.page
      .getByTestId('reader')
      .locator('[data-part-role]')
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
  }

  /** Fixes a line's structure as a person does: point at the line, click the control in the
   * margin beside it, pick from the menu (`split`, `merge`, or the role it should play). */
  async fixStructure(text: string, choice: 'split' | 'merge' | StructureRole): Promise<void> {
    const line = this.line(text)
    await line.scrollIntoViewIfNeeded()
    await line.hover()
    const control = this.page.getByTestId('structure-button')
    const at = await line.getAttribute('data-start')
    await this.page.locator(`[data-testid="structure-button"][data-for-start="${at}"]`).waitFor()
    await control.click()
    const menu = this.page.getByTestId('structure-menu')
    await menu.waitFor()
    const item =
      choice === 'split' || choice === 'merge'
        ? menu.getByTestId(`structure-${choice}`)
        : menu.locator(`[data-testid="structure-role"][data-role="${choice}"]`)
    await item.click()
    await menu.waitFor({ state: 'detached' })
  }

  outlineTitles(): Promise<string[]> {
    return this.page.getByTestId('outline').locator('.outline__title').allTextContents()
  }

  importStatus(): Locator {
    return this.page.getByTestId('import-status')
  }
}
