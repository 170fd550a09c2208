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

  importStatus(): Locator {
    return this.page.getByTestId('import-status')
  }
}
