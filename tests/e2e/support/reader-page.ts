// A page object for the reader: the test speaks of issues and articles, not selectors.
import type { Locator, Page } from 'playwright-core'

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
      (n) => document.querySelectorAll('[data-testid="reader"] [data-testid="article"]').length === n,
      count,
      { timeout: 20_000 },
    )
  }

  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(paths)
  }

  /** Scrolls the first occurrence of `text` in the reader into view and returns its box. */
  async selectableBox(text: string): Promise<{ x: number; y: number; width: number } | null> {
    const found = await this.page.evaluate((word) => {
      const walker = document.createTreeWalker(document.querySelector('[data-testid="reader"]')!, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent!.includes(word)) {
          node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' })
          return true
        }
      }
      return false
    }, text)
    if (!found) return null
    // Let any smooth scrolling settle before measuring.
    await this.page.waitForTimeout(400)
    return this.page.evaluate((word) => {
      const walker = document.createTreeWalker(document.querySelector('[data-testid="reader"]')!, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + word.length)
        const rect = range.getBoundingClientRect()
        return { x: rect.left, y: rect.top + rect.height / 2, width: rect.width }
      }
      return null
    }, text)
  }

  /** Selects text as a person does: press, drag across, release. */
  async dragSelect(box: { x: number; y: number; width: number }, toBox?: { x: number; y: number; width: number }): Promise<void> {
    const end = toBox ?? box
    await this.page.mouse.move(box.x + 1, box.y)
    await this.page.mouse.down()
    await this.page.mouse.move(end.x + end.width - 1, end.y, { steps: 10 })
    await this.page.mouse.up()
  }

  importStatus(): Locator {
    return this.page.getByTestId('import-status')
  }
}
