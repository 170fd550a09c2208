// A page object for the reader: the test speaks of issues and articles, not selectors.
import type { Locator, Page } from 'playwright-core'

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

  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(paths)
  }

  /**
   * Entity highlights arrive after the text (recognition runs in a worker) and change the
   * layout a little: measure only once they are drawn, or a drag lands beside its phrase.
   */
  async waitForEntities(): Promise<void> {
    await this.page.getByTestId('reader').getByTestId('entity').first().waitFor({ timeout: 30_000 })
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
    // Let any smooth scrolling settle before measuring.
    await this.page.waitForTimeout(400)
    return this.boxOf(text)
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

  importStatus(): Locator {
    return this.page.getByTestId('import-status')
  }
}
