import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { ImportReport } from '../../src/shared/contract'
import { sampleLibrary } from './support/fixtures'
import { findArticleTitle, libraryItems, renderApp } from './support/render-app'

function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)))
}

function textFile(name: string, text: string, relativePath?: string): File {
  const file = new File([text], name, { type: 'text/plain' })
  if (relativePath) Object.defineProperty(file, 'webkitRelativePath', { value: relativePath })
  return file
}

const pdf = () => new File(['%PDF-1.7 binary'], 'scan.pdf', { type: 'application/pdf' })

describe('import', () => {
  it('imports files from the file input as base64, summarises, and opens the first new issue', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    await screen.findAllByTestId('library-item')
    const input = screen.getByTestId('file-input')
    // The browser's picker offers exactly the files Gloss reads.
    expect(input).toHaveAttribute('accept', '.txt,.text,.html,.htm,.xhtml,.shtml,.docx')
    const files = [
      textFile('new-1.txt', '湘江新闻\n第一段正文。'),
      textFile('new-2.html', '雁城快讯\n第二段正文。'),
    ]
    await user.upload(input, files)

    await waitFor(() => expect(api.importFiles).toHaveBeenCalledTimes(1))
    expect(api.importFiles.mock.calls[0][0]).toEqual({
      files: [
        { name: 'new-1.txt', data: base64('湘江新闻\n第一段正文。') },
        { name: 'new-2.html', data: base64('雁城快讯\n第二段正文。') },
      ],
    })

    const status = await screen.findByTestId('import-status')
    await waitFor(() => expect(status).toHaveTextContent('2 imported'))
    await waitFor(() => expect(libraryItems()).toHaveLength(5))
    expect(await findArticleTitle('湘江新闻')).toBeInTheDocument()

    // The summary stays until dismissed.
    await user.click(within(status).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByTestId('import-status')).not.toBeInTheDocument()
  })

  it('sends a dropped file Gloss does not read to main, and shows why it was refused', async () => {
    const { api } = await renderApp({ issues: [] })
    const dataTransfer = { types: ['Files'], files: [pdf()], items: [] }
    fireEvent.dragEnter(document.body, { dataTransfer })
    expect(await screen.findByTestId('drop-overlay')).toBeInTheDocument()
    fireEvent.drop(document.body, { dataTransfer })
    await waitFor(() =>
      expect(api.importFiles).toHaveBeenCalledWith({
        files: [{ name: 'scan.pdf', data: base64('%PDF-1.7 binary') }],
      }),
    )
    const status = await screen.findByTestId('import-status')
    await waitFor(() => expect(status).toHaveTextContent('1 skipped'))
    expect(status).toHaveAttribute('role', 'alert')
    const skipped = within(status).getByTestId('import-skipped')
    expect(skipped).toHaveTextContent('scan.pdf')
    expect(skipped).toHaveTextContent('Not a format Gloss reads')
    expect(skipped).toHaveTextContent('Gloss reads newspaper issues as plain text (.txt)')
  })

  it.each([
    ['en', 'plain text (.txt, .text), web pages (.html, .htm, .xhtml, .shtml), Word (.docx)'],
    ['zh', '纯文本（.txt, .text）、网页（.html, .htm, .xhtml, .shtml）、Word 文档（.docx）'],
  ] as const)(
    'lists on the drop overlay exactly the formats Gloss reads (%s)',
    async (locale, list) => {
      await renderApp({ issues: [], settings: { locale } })
      fireEvent.dragEnter(document.body, {
        dataTransfer: { types: ['Files'], files: [], items: [] },
      })
      expect(await screen.findByTestId('drop-formats')).toHaveTextContent(list)
      expect(screen.getByTestId('drop-formats')).not.toHaveTextContent(/CSV|PDF|RTF/)
    },
  )

  it('reports files already in the library', async () => {
    const { user } = await renderApp({ issues: [] })
    await user.upload(screen.getByTestId('file-input'), [textFile('a.txt', '标题\n正文')])
    await waitFor(() => expect(screen.getByTestId('import-status')).toHaveTextContent('1 imported'))
    await user.upload(screen.getByTestId('file-input'), [textFile('a-copy.txt', '标题\n正文')])
    await waitFor(() =>
      expect(screen.getByTestId('import-status')).toHaveTextContent('1 already in library'),
    )
    expect(screen.getByTestId('import-status')).toHaveAttribute('role', 'status')
  })

  it('imports many files in batches and shows progress (n of m)', async () => {
    const { api, user } = await renderApp({ issues: [] })
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const real = api.importFiles.getMockImplementation()!
    api.importFiles
      .mockImplementationOnce(real)
      .mockImplementationOnce(async (args): Promise<ImportReport> => {
        await gate
        return real(args)
      })
    const files = Array.from({ length: 6 }, (_, i) =>
      textFile(`issue-${i}.txt`, `标题${i}\n正文${i}`),
    )
    await user.upload(screen.getByTestId('file-input'), files)

    const status = await screen.findByTestId('import-status')
    await waitFor(() => expect(status).toHaveTextContent('Importing 4 of 6…'))
    const bar = within(status).getByRole('progressbar')
    expect(bar).toHaveAttribute('value', '4')
    expect(bar).toHaveAttribute('max', '6')
    expect(screen.getByTestId('import-files')).toBeDisabled()

    await act(async () => release())
    await waitFor(() => expect(status).toHaveTextContent('6 imported'))
    expect(api.importFiles).toHaveBeenCalledTimes(2)
    expect(api.importFiles.mock.calls.map((c) => c[0].files.length)).toEqual([4, 2])
  })

  it('imports files dropped on the window, with a visible overlay while dragging', async () => {
    const { api } = await renderApp({ issues: sampleLibrary() })
    const file = textFile('dropped.txt', '拖放的报纸\n正文。')
    const dataTransfer = { types: ['Files'], files: [file], items: [] }

    fireEvent.dragEnter(document.body, { dataTransfer })
    // Under load the overlay's render can land after the event: wait for it rather than race.
    expect(await screen.findByTestId('drop-overlay')).toBeInTheDocument()
    fireEvent.dragOver(document.body, { dataTransfer })
    fireEvent.drop(document.body, { dataTransfer })
    await waitFor(() => expect(screen.queryByTestId('drop-overlay')).not.toBeInTheDocument())

    await waitFor(() =>
      expect(api.importFiles).toHaveBeenCalledWith({
        files: [{ name: 'dropped.txt', data: base64('拖放的报纸\n正文。') }],
      }),
    )
    expect(await findArticleTitle('拖放的报纸')).toBeInTheDocument()
  })

  it('from a folder input, sends only issue files and says how many were left out', async () => {
    const { api, user } = await renderApp({ issues: [] })
    await user.upload(screen.getByTestId('folder-input'), [
      textFile('a.txt', '甲\n正文', 'issues/a.txt'),
      textFile('b.docx', '乙\n正文', 'issues/b.docx'),
      textFile('c.HTM', '丙\n正文', 'issues/c.HTM'),
      textFile('cover.jpg', 'jpeg', 'issues/cover.jpg'),
      textFile('table.csv', 'a,b', 'issues/table.csv'),
      textFile('scan.pdf', '%PDF', 'issues/scan.pdf'),
      textFile('.DS_Store', 'x', 'issues/.DS_Store'),
    ])
    await waitFor(() => expect(api.importFiles).toHaveBeenCalledTimes(1))
    expect(api.importFiles.mock.calls[0][0].files.map((f) => f.name)).toEqual([
      'issues/a.txt',
      'issues/b.docx',
      'issues/c.HTM',
    ])
    const status = await screen.findByTestId('import-status')
    await waitFor(() => expect(status).toHaveTextContent('3 imported'))
    expect(status).toHaveTextContent('4 files in the folder are not issue files and were left out.')
  })

  it('in Electron uses the native dialog and imports by path', async () => {
    const { api, user } = await renderApp({
      issues: [],
      appInfo: { host: 'electron', canPickPaths: true },
      pickedPaths: ['/news/a.txt', '/news/b.txt'],
    })
    const click = vi.spyOn(HTMLInputElement.prototype, 'click')
    await user.click(screen.getByTestId('import-files'))
    expect(api.pickImportPaths).toHaveBeenCalledWith({ mode: 'files' })
    await waitFor(() =>
      expect(api.importPaths).toHaveBeenCalledWith({ paths: ['/news/a.txt', '/news/b.txt'] }),
    )
    expect(click).not.toHaveBeenCalled()
    await waitFor(() => expect(screen.getByTestId('import-status')).toHaveTextContent('2 imported'))

    await user.click(screen.getByTestId('import-folder'))
    expect(api.pickImportPaths).toHaveBeenLastCalledWith({ mode: 'folder' })
    click.mockRestore()
  })

  it('opens the browser file chooser on Ctrl+O', async () => {
    const { user } = await renderApp({ issues: sampleLibrary() })
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {})
    await user.keyboard('{Control>}o{/Control}')
    expect(click).toHaveBeenCalledTimes(1)
    expect(click.mock.contexts[0]).toBe(screen.getByTestId('file-input'))
    click.mockRestore()
  })

  it('keeps an import error visible until dismissed', async () => {
    const { api, user } = await renderApp({ issues: [] })
    api.importFiles.mockRejectedValueOnce(new Error('the host went away'))
    await user.upload(screen.getByTestId('file-input'), [textFile('a.txt', '甲\n正文')])
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Import failed: the host went away')
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
