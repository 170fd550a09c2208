// Helpers for the tagging tests: open an issue with its codebook loaded, select canonical
// offsets as a mouse would (across runs, highlights and marks), find themes and marks.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'
import type { IssueDocument } from '../../../src/shared/model'
import type { FakeOptions } from './fake-api'
import { sampleLibrary } from './fixtures'
import { findArticleTitle, renderApp } from './render-app'

export async function openForTagging(
  options: FakeOptions = {},
  title = '全力奋战二季度 确保实现“双过半”',
) {
  const app = await renderApp({ issues: sampleLibrary(), ...options })
  await findArticleTitle(title)
  await waitFor(() => expect(themeItems().length).toBeGreaterThan(0))
  return app
}

export const issueBody = () =>
  screen.getByTestId('reader').querySelector<HTMLElement>('.issue-body')!

export function themeItems(): HTMLElement[] {
  return within(screen.getByTestId('theme-panel')).queryAllByTestId('theme-item')
}

export function themeItem(id: string): HTMLElement {
  const item = themeItems().find((el) => el.dataset.themeId === id)
  if (!item) throw new Error(`no theme item ${id}`)
  return item
}

export function marks(id?: string): HTMLElement[] {
  const all = within(screen.getByTestId('reader')).queryAllByTestId('annotation-mark')
  return id === undefined ? all : all.filter((el) => el.dataset.annotationId === id)
}

/** The text node holding canonical `offset` (for an end: the one it ends in) and the offset in it. */
function pointAt(root: Element, offset: number, edge: 'start' | 'end'): [Text, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const run = n.parentElement!.closest<HTMLElement>('[data-start]')
    if (!run) continue
    let start = Number(run.dataset.start)
    const inner = document.createTreeWalker(run, NodeFilter.SHOW_TEXT)
    for (let m = inner.nextNode(); m && m !== n; m = inner.nextNode()) start += (m as Text).length
    const end = start + n.length
    if (edge === 'start' ? start <= offset && offset < end : start < offset && offset <= end)
      return [n, offset - start]
  }
  throw new Error(`no text at ${offset}`)
}

/** Selects canonical `[start, end)` of the open issue in the reader and releases the mouse. */
export function selectOffsets(start: number, end: number) {
  const root = issueBody()
  const range = document.createRange()
  range.setStart(...pointAt(root, start, 'start'))
  range.setEnd(...pointAt(root, end, 'end'))
  const selection = window.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  fireEvent.mouseUp(root)
}

/** Selects the first occurrence of `text` in the issue. */
export function selectQuote(doc: IssueDocument, text: string, from = 0) {
  const start = doc.text.indexOf(text, from)
  if (start < 0) throw new Error(`${text} not in the issue`)
  selectOffsets(start, start + text.length)
  return { start, end: start + text.length }
}
