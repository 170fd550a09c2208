// Helpers for the Export dialog tests: open it, pick radios by value, catch browser downloads.
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { vi } from 'vitest'
import type { Codebook } from '../../../src/shared/model'

export async function openExport(user: UserEvent) {
  await user.click(screen.getByTestId('open-export'))
  return screen.findByTestId('export-dialog')
}

export function option(testId: 'export-format' | 'export-scope', value: string): HTMLElement {
  const found = within(screen.getByTestId('export-dialog'))
    .getAllByTestId(testId)
    .find((el) => el.getAttribute('value') === value)
  if (!found) throw new Error(`No ${testId} with value ${value}`)
  return found
}

/** Stubs Blob URLs and records each `<a download>` click instead of navigating. */
export function catchDownloads() {
  const downloads: { name: string; href: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  let n = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:gloss/${++n}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, href: this.href, blob: blobs.get(this.href)! })
  })
  return downloads
}

/** A small codebook: one family with a child, and a second top-level theme. */
export const codebook: Codebook = {
  themes: [
    {
      id: 'economy',
      name: { zh: '经济发展', en: 'Economic development' },
      parentId: null,
      colour: '#1f6feb',
      description: { zh: '', en: '' },
    },
    {
      id: 'projects',
      name: { zh: '重大项目', en: 'Major projects' },
      parentId: 'economy',
      colour: '#0a7d4f',
      description: { zh: '', en: '' },
    },
    {
      id: 'culture',
      name: { zh: '文旅', en: 'Culture and tourism' },
      parentId: null,
      colour: '#a23e8c',
      description: { zh: '', en: '' },
    },
  ],
}

/** A promise to resolve or reject by hand, for calls that are still running. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}
