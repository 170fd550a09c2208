import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { openExport } from './support/export-helpers'
import { fakeGlossExport } from './support/fake-export'
import { buildIssue, issueId, sampleLibrary } from './support/fixtures'
import { libraryItems, renderApp } from './support/render-app'

function jsonFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' })
}

/** A colleague's export: one issue we have (a duplicate) and one we do not. */
function colleagueExport(): string {
  const ours = sampleLibrary()[0]
  const theirs = buildIssue(
    { id: issueId(40), paper: '湖南日报', date: '2023-05-02', sourceName: 'hnrb.txt' },
    [{ title: '湖南日报要闻', paragraphs: ['省委常委会召开会议。'] }],
  )
  return fakeGlossExport([ours, theirs])
}

describe("merging a colleague's export", () => {
  it('reads the chosen file as text, summarises the merge and refreshes the library', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    await openExport(user)
    const listCalls = api.listIssues.mock.calls.length
    const json = colleagueExport()
    await user.upload(screen.getByTestId('exchange-input'), jsonFile('colleague.gloss.json', json))

    const summary = await screen.findByTestId('exchange-summary')
    expect(api.importGlossExport).toHaveBeenCalledWith({ json })
    expect(summary).toHaveTextContent(
      '1 issue, 0 themes and 0 annotations added; 1 duplicate skipped',
    )
    await waitFor(() => expect(libraryItems()).toHaveLength(4))
    expect(api.listIssues.mock.calls.length).toBeGreaterThan(listCalls)
    expect(screen.getByTestId('library-list')).toHaveTextContent('湖南日报')
  })

  it('lists what could not be merged', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    api.importGlossExport.mockResolvedValueOnce({
      issuesAdded: 3,
      themesAdded: 2,
      annotationsAdded: 41,
      duplicatesSkipped: 5,
      problems: [
        'Annotation a-7 points outside its issue and was left out.',
        'Theme x has no name.',
      ],
    })
    await openExport(user)
    await user.upload(screen.getByTestId('exchange-input'), jsonFile('big.gloss.json', '{}'))
    const summary = await screen.findByTestId('exchange-summary')
    expect(summary).toHaveTextContent(
      '3 issues, 2 themes and 41 annotations added; 5 duplicates skipped',
    )
    expect(
      within(summary)
        .getAllByTestId('exchange-problem')
        .map((li) => li.textContent),
    ).toEqual(['Annotation a-7 points outside its issue and was left out.', 'Theme x has no name.'])
  })

  it('shows a refused file as an error in the dialog, and the library is untouched', async () => {
    const { user } = await renderApp({ issues: sampleLibrary() })
    const dialog = await openExport(user)
    await user.upload(screen.getByTestId('exchange-input'), jsonFile('notes.json', '[1, 2]'))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Could not merge notes.json: The file is not a Gloss export.')
    expect(screen.queryByTestId('exchange-summary')).not.toBeInTheDocument()
    expect(libraryItems()).toHaveLength(3)
  })

  it('summarises in Chinese', async () => {
    const { user } = await renderApp({ issues: sampleLibrary(), settings: { locale: 'zh' } })
    await openExport(user)
    await user.upload(
      screen.getByTestId('exchange-input'),
      jsonFile('colleague.gloss.json', colleagueExport()),
    )
    expect(await screen.findByTestId('exchange-summary')).toHaveTextContent(
      '新增 1 期报刊、0 个主题和 0 条标注；跳过 1 条重复内容',
    )
  })

  it('is turned off when the library is read-only', async () => {
    const { user } = await renderApp({ issues: sampleLibrary(), appInfo: { readOnly: true } })
    await openExport(user)
    expect(screen.getByTestId('exchange-input')).toBeDisabled()
    expect(screen.getByRole('button', { name: /Import a colleague/ })).toBeDisabled()
  })
})
