import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { issueId, sampleLibrary } from './support/fixtures'
import { findArticleTitle, libraryItems, renderApp } from './support/render-app'

describe('library pane', () => {
  it('lists every issue with paper, date and article count, newest first', async () => {
    await renderApp({ issues: sampleLibrary() })
    const items = await screen.findAllByTestId('library-item')
    expect(items.map((i) => i.dataset.issueId)).toEqual([issueId(1), issueId(3), issueId(2)])
    expect(items[0]).toHaveTextContent('衡阳晚报')
    expect(items[0]).toHaveTextContent('26 April 2023')
    expect(items[0]).toHaveTextContent('3 articles')
    expect(items[2]).toHaveTextContent('1 article')
    expect(items[1]).toHaveTextContent('人民日报')
  })

  it('reverses the date order with the sort toggle', async () => {
    const { user } = await renderApp({ issues: sampleLibrary() })
    await screen.findAllByTestId('library-item')
    await user.click(screen.getByTestId('sort-toggle'))
    expect(libraryItems().map((i) => i.dataset.issueId)).toEqual([
      issueId(2),
      issueId(3),
      issueId(1),
    ])
    expect(screen.getByTestId('sort-toggle')).toHaveAttribute('data-order', 'asc')
  })

  it('opens settings.lastIssueId on launch', async () => {
    await renderApp({ issues: sampleLibrary(), settings: { lastIssueId: issueId(3) } })
    expect(await findArticleTitle('人民日报要闻')).toBeInTheDocument()
    const current = libraryItems().find((i) => i.dataset.issueId === issueId(3))!
    expect(within(current).getAllByRole('button')[0]).toHaveAttribute('aria-current', 'true')
  })

  it('opens the first issue when no last issue is remembered, and remembers a click', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    expect(await findArticleTitle('全力奋战二季度 确保实现“双过半”')).toBeInTheDocument()
    const older = libraryItems().find((i) => i.dataset.issueId === issueId(2))!
    await user.click(within(older).getAllByRole('button')[0])
    expect(await findArticleTitle('四月二十四日要闻')).toBeInTheDocument()
    expect(api.updateSettings).toHaveBeenCalledWith({ lastIssueId: issueId(2) })
  })

  it('asks for confirmation, naming the issue, before removing it', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    const [first] = await screen.findAllByTestId('library-item')
    await user.click(within(first).getByTestId('remove-issue'))

    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('衡阳晚报 2023-04-26')
    expect(api.removeIssue).not.toHaveBeenCalled()

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(api.removeIssue).not.toHaveBeenCalled()

    await user.click(within(first).getByTestId('remove-issue'))
    await user.click(screen.getByTestId('confirm-remove'))
    expect(api.removeIssue).toHaveBeenCalledWith({ id: issueId(1) })
    await waitFor(() => expect(libraryItems()).toHaveLength(2))
    // The reader moves to the neighbour instead of showing nothing.
    expect(await findArticleTitle('人民日报要闻')).toBeInTheDocument()
  })

  it('edits paper and date through a dialog', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    const [first] = await screen.findAllByTestId('library-item')
    await user.click(within(first).getByTestId('edit-issue'))
    const paper = screen.getByTestId('edit-paper')
    expect(paper).toHaveFocus()
    await user.clear(paper)
    await user.type(paper, '衡阳日报')
    await user.clear(screen.getByTestId('edit-date'))
    await user.type(screen.getByTestId('edit-date'), '2023-04-27')
    await user.click(screen.getByTestId('save-issue-meta'))
    expect(api.updateIssueMeta).toHaveBeenCalledWith({
      id: issueId(1),
      paper: '衡阳日报',
      date: '2023-04-27',
    })
    await waitFor(() => expect(libraryItems()[0]).toHaveTextContent('衡阳日报'))
    expect(screen.getByTestId('issue-paper')).toHaveTextContent('衡阳日报')
  })

  it('shows an empty state with an import call to action', async () => {
    await renderApp({ issues: [] })
    expect(await screen.findByTestId('library-empty')).toHaveTextContent('No issues yet')
    expect(screen.getByTestId('import-files')).toBeEnabled()
    expect(screen.getByText('Choose an issue from the library to read it.')).toBeInTheDocument()
  })

  it('in a read-only library shows a banner and turns off import, remove and edit', async () => {
    await renderApp({ issues: sampleLibrary(), appInfo: { readOnly: true } })
    await screen.findAllByTestId('library-item')
    expect(screen.getByTestId('read-only-banner')).toHaveTextContent('read-only')
    expect(screen.getByTestId('import-files')).toBeDisabled()
    expect(screen.getByTestId('import-folder')).toBeDisabled()
    expect(screen.queryByTestId('remove-issue')).not.toBeInTheDocument()
    expect(screen.queryByTestId('edit-issue')).not.toBeInTheDocument()
  })

  it('shows each start-up notice until it is dismissed', async () => {
    const { user } = await renderApp({
      issues: sampleLibrary(),
      appInfo: { notices: ['The library file was damaged; the last backup was restored.'] },
    })
    const notice = await screen.findByTestId('notice')
    expect(notice).toHaveTextContent('last backup was restored')
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByTestId('notice')).not.toBeInTheDocument()
  })
})
