// One Chromium for a test file, and per test a fresh browser host over a data folder the test
// chooses, closed after it: `const session = useGlossSession()` then `await session.open(dir)`.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { launchChromium } from './browser'
import { projectRoot, startGlossWeb, type RunningGloss } from './gloss-web'
import { ReaderPage } from './reader-page'

export const artifacts = join(projectRoot, 'test-artifacts')

export interface GlossSession {
  /** Starts the host on `dataDir` and opens the app in a new page. */
  open(dataDir: string, viewport?: { width: number; height: number }): Promise<ReaderPage>
  /** Closes the page and stops the host, as quitting the app would. */
  close(): Promise<void>
}

export function useGlossSession(): GlossSession {
  let browser: Browser
  let gloss: RunningGloss | null = null
  let page: Page | null = null

  const close = async () => {
    await page?.close()
    page = null
    await gloss?.stop()
    gloss = null
  }

  beforeAll(async () => {
    browser = await launchChromium()
    await mkdir(artifacts, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(close)

  return {
    close,
    async open(dataDir, viewport = { width: 1440, height: 900 }) {
      gloss = await startGlossWeb(dataDir)
      page = await browser.newPage({ viewport, locale: 'zh-CN' })
      await page.goto(gloss.url)
      return new ReaderPage(page)
    },
  }
}
