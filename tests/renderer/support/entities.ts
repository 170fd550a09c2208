// Helpers for the entity tests: open the sample issue with its highlights, find highlights by
// text, and select text the way a mouse would.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'
import { sampleLibrary } from './fixtures'
import { findArticleTitle, renderApp } from './render-app'
import type { FakeOptions } from './fake-api'

export async function openSampleWithEntities(options: FakeOptions = {}) {
  const app = await renderApp({ issues: sampleLibrary(), ...options })
  await findArticleTitle('全力奋战二季度 确保实现“双过半”')
  await waitFor(() => expect(highlights().length).toBeGreaterThan(0))
  return app
}

export function highlights(text?: string): HTMLElement[] {
  const all = within(screen.getByTestId('reader')).queryAllByTestId('entity')
  return text === undefined ? all : all.filter((el) => el.textContent === text)
}

export function entityRow(text: string): HTMLElement {
  const rows = within(screen.getByTestId('entity-panel')).getAllByTestId('entity-row')
  const row = rows.find((r) => r.dataset.entityText === text)
  if (!row) throw new Error(`no entity row for ${text}`)
  return row
}

/** Selects `surface` (its first occurrence within `container`'s runs) and releases the mouse. */
export function selectText(container: HTMLElement, surface: string) {
  for (const run of container.querySelectorAll<HTMLElement>('span[data-start]')) {
    const node = run.firstChild as Text
    const at = node.data.indexOf(surface)
    if (at < 0) continue
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + surface.length)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    fireEvent.mouseUp(run)
    return
  }
  throw new Error(`${surface} is not inside one run`)
}
