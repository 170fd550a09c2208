import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../src/renderer/src/api/api-error'
import { catchDownloads, codebook, deferred, openExport, option } from './support/export-helpers'
import { issueId, sampleLibrary } from './support/fixtures'
import { renderApp } from './support/render-app'

afterEach(() => {
  vi.restoreAllMocks()
})

const run = () => screen.getByTestId('run-export')

describe('export dialog (browser host)', () => {
  it('exports the open issue as JSON by default and downloads the file', async () => {
    const downloads = catchDownloads()
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    const dialog = await openExport(user)
    expect(dialog.closest('[role="dialog"]')).toHaveAccessibleName('Export')
    expect(option('export-format', 'json')).toBeChecked()
    expect(option('export-format', 'json')).toHaveFocus()
    expect(option('export-scope', 'issue')).toBeChecked()
    expect(screen.getByRole('group', { name: 'Format' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Issues' })).toBeInTheDocument()

    await user.click(run())
    expect(api.exportData).toHaveBeenCalledWith({
      format: 'json',
      issueIds: [issueId(1)],
      themeIds: null,
    })
    const result = await screen.findByTestId('export-result')
    const name = `gloss-${issueId(1).slice(0, 12)}.gloss.json`
    expect(result).toHaveTextContent(`Downloaded${name}`)
    expect(downloads.map((d) => d.name)).toEqual([name])
    expect(downloads[0].blob.type).toBe('application/json')
    expect(api.saveExport).not.toHaveBeenCalled()
  })

  it.each([
    ['json', ['gloss-library.gloss.json']],
    ['csv', ['gloss-library-annotations.csv', 'gloss-library-entities.csv']],
    ['w3c', ['gloss-library.jsonld']],
  ])('exports the whole library as %s, one download per file', async (format, names) => {
    const downloads = catchDownloads()
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    await openExport(user)
    await user.click(option('export-format', format))
    await user.click(option('export-scope', 'library'))
    await user.click(run())
    expect(api.exportData).toHaveBeenCalledWith({ format, issueIds: null, themeIds: null })
    const result = await screen.findByTestId('export-result')
    expect(downloads.map((d) => d.name)).toEqual(names)
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(names)
  })

  it('exports selected issues from a filterable checklist, in library order', async () => {
    catchDownloads()
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    await openExport(user)
    await user.click(option('export-scope', 'selected'))
    const boxes = () => screen.getAllByTestId('export-issue')
    // Newest first, as the library lists them; the open issue starts ticked.
    expect(boxes().map((b) => b.dataset.issueId)).toEqual([issueId(1), issueId(3), issueId(2)])
    expect(boxes()[0]).toBeChecked()
    expect(boxes()[1].closest('label')).toHaveTextContent('人民日报25 April 2023')

    await user.click(screen.getByRole('button', { name: 'Select none' }))
    expect(run()).toBeDisabled()
    expect(screen.getByText('Select at least one issue.')).toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Filter issues' }), '人民日报')
    expect(boxes()).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Select all' }))
    await user.clear(screen.getByRole('searchbox', { name: 'Filter issues' }))
    expect(boxes().filter((b) => (b as HTMLInputElement).checked)).toHaveLength(1)
    await user.click(boxes()[2])

    await user.click(run())
    expect(api.exportData).toHaveBeenCalledWith({
      format: 'json',
      issueIds: [issueId(3), issueId(2)],
      themeIds: null,
    })
  })

  it('filters annotations by codebook themes, searchable in Chinese and English', async () => {
    catchDownloads()
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    api.getCodebook.mockResolvedValue(codebook)
    await openExport(user)
    expect(screen.queryByTestId('export-theme')).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: /Only annotations with these themes/ }))
    const themes = await screen.findAllByTestId('export-theme')
    expect(themes.map((el) => el.dataset.themeId)).toEqual(['economy', 'projects', 'culture'])
    expect(run()).toBeDisabled()

    const search = screen.getByRole('searchbox', { name: /Search themes/ })
    await user.type(search, '项目')
    // A match keeps its parent so the tree still reads.
    const shown = () => screen.getAllByTestId('export-theme').map((el) => el.dataset.themeId)
    expect(shown()).toEqual(['economy', 'projects'])
    await user.click(screen.getAllByTestId('export-theme')[1])
    await user.clear(search)
    await user.type(search, 'tourism')
    expect(shown()).toEqual(['culture'])
    await user.click(screen.getByTestId('export-theme'))

    await user.click(run())
    expect(api.exportData).toHaveBeenCalledWith({
      format: 'json',
      issueIds: [issueId(1)],
      themeIds: ['projects', 'culture'],
    })
  })

  it('shows progress while the export runs, and asks before Escape closes the dialog', async () => {
    catchDownloads()
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    const pending = deferred<{ files: [] }>()
    api.exportData.mockReturnValueOnce(pending.promise)
    await openExport(user)
    await user.click(option('export-scope', 'library'))
    await user.click(run())

    const progress = screen.getByTestId('export-progress')
    expect(progress).toHaveTextContent('Exporting 3 issues…')
    expect(progress.querySelector('progress')).not.toHaveAttribute('value')
    expect(run()).toBeDisabled()

    await user.keyboard('{Escape}')
    expect(screen.getByTestId('export-dialog')).toBeInTheDocument()
    const confirm = screen.getByTestId('export-confirm-close')
    await user.click(within(confirm).getByRole('button', { name: 'Keep open' }))
    expect(screen.queryByTestId('export-confirm-close')).not.toBeInTheDocument()

    pending.resolve({ files: [] })
    await waitFor(() => expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument())
    expect(screen.getByTestId('export-result')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByTestId('export-dialog')).not.toBeInTheDocument()
  })

  it('keeps an error and the choices in the dialog', async () => {
    catchDownloads()
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    api.exportData.mockRejectedValueOnce(new ApiError('internal', 'The disk is full.'))
    await openExport(user)
    await user.click(option('export-format', 'csv'))
    await user.click(run())
    const alert = await within(screen.getByTestId('export-dialog')).findByRole('alert')
    expect(alert).toHaveTextContent('The export failed: The disk is full.')
    expect(option('export-format', 'csv')).toBeChecked()
    expect(screen.queryByTestId('export-result')).not.toBeInTheDocument()

    await user.click(run())
    await screen.findByTestId('export-result')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('opens with Ctrl+E or ⌘E, listed in the shortcut help', async () => {
    const { user } = await renderApp({ issues: sampleLibrary() })
    await user.keyboard('{Control>}e{/Control}')
    expect(await screen.findByTestId('export-dialog')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByTestId('export-dialog')).not.toBeInTheDocument()
    await user.keyboard('{Meta>}e{/Meta}')
    expect(await screen.findByTestId('export-dialog')).toBeInTheDocument()
    await user.keyboard('{Escape}')

    await user.keyboard('?')
    expect(screen.getByTestId('help-overlay')).toHaveTextContent('Ctrl+EExport annotations')
  })
})
