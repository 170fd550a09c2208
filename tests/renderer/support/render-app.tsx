import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../../src/renderer/src/app/App'
import { createFakeApi, type FakeOptions } from './fake-api'

/** Renders the whole renderer against a fake API and waits for the library to load. */
export async function renderApp(options: FakeOptions = {}) {
  const api = createFakeApi(options)
  const user = userEvent.setup()
  const view = render(<App api={api} />)
  const list = await screen.findByTestId('library-list')
  return { api, user, view, list }
}

export function libraryItems() {
  return within(screen.getByTestId('library-list')).queryAllByTestId('library-item')
}

/** Waits until the reader shows an article titled `title` (matched on its whole text: a
 * title is split into runs and highlights, so no single text node holds it). */
export async function findArticleTitle(title: string) {
  const reader = await screen.findByTestId('reader')
  return within(reader).findByText((_, el) => el?.textContent === title, {
    selector: '[data-testid="article-title"]',
  })
}
