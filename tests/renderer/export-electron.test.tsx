import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../src/renderer/src/api/api-error'
import { openExport, option } from './support/export-helpers'
import { SAVE_FOLDER } from './support/fake-export'
import { issueId, sampleLibrary } from './support/fixtures'
import { renderApp } from './support/render-app'

const run = () => screen.getByTestId('run-export')

describe('export dialog (Electron)', () => {
  it('saves through the native dialog and lists the paths; a cancel changes nothing', async () => {
    const { api, user } = await renderApp({
      issues: sampleLibrary(),
      appInfo: { host: 'electron', canPickPaths: true },
    })
    api.saveExport.mockResolvedValueOnce({ paths: [] })
    await openExport(user)
    await user.click(option('export-format', 'csv'))
    await user.click(run())
    await waitFor(() => expect(api.saveExport).toHaveBeenCalledTimes(1))
    expect(screen.queryByTestId('export-result')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(run()).toBeEnabled()

    await user.click(run())
    const result = await screen.findByTestId('export-result')
    const stem = `${SAVE_FOLDER}/gloss-${issueId(1).slice(0, 12)}`
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${stem}-annotations.csv`, `${stem}-entities.csv`])
    expect(result).toHaveTextContent('Saved to')
    expect(api.saveExport).toHaveBeenLastCalledWith({
      format: 'csv',
      issueIds: [issueId(1)],
      themeIds: null,
    })
    expect(api.exportData).not.toHaveBeenCalled()
  })

  it('keeps a failed save in the dialog', async () => {
    const { api, user } = await renderApp({
      issues: sampleLibrary(),
      appInfo: { host: 'electron', canPickPaths: true },
    })
    api.saveExport.mockRejectedValueOnce(
      new ApiError('internal', 'Could not write /Volumes/USB/gloss.gloss.json: read-only disk.'),
    )
    const dialog = await openExport(user)
    await user.click(run())
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The export failed: Could not write /Volumes/USB/gloss.gloss.json: read-only disk.',
    )
    expect(run()).toBeEnabled()
  })
})
