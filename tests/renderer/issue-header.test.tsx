import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildIssue, issueId } from './support/fixtures'
import { renderApp } from './support/render-app'

describe('the issue header', () => {
  it('never shows a file name as the masthead: an unknown paper says so, the file is named below', async () => {
    const issue = buildIssue(
      {
        id: issueId(8),
        paper: null,
        date: null,
        sourceName: 'batch07_export_20240110_utf16le.txt',
      },
      [{ title: '县里举办春季招聘会', paragraphs: ['共有80家企业参加。'] }],
    )
    await renderApp({ issues: [issue], settings: { lastIssueId: issue.meta.id, locale: 'zh' } })
    const masthead = await screen.findByTestId('issue-paper')
    expect(masthead).toHaveTextContent('报名不详')
    expect(masthead).toHaveClass('issue-header__paper--unknown')
    expect(masthead).not.toHaveTextContent('batch07')
    expect(screen.getByTestId('issue-source')).toHaveTextContent(
      'batch07_export_20240110_utf16le.txt',
    )
  })

  it('shows a known paper as the masthead and no file name', async () => {
    const issue = buildIssue({ id: issueId(9), paper: '江屿晚报', date: '2024-01-10' }, [
      { title: '县里举办春季招聘会', paragraphs: ['共有80家企业参加。'] },
    ])
    await renderApp({ issues: [issue], settings: { lastIssueId: issue.meta.id, locale: 'en' } })
    const masthead = await screen.findByTestId('issue-paper')
    expect(masthead).toHaveTextContent('江屿晚报')
    expect(masthead).not.toHaveClass('issue-header__paper--unknown')
    expect(screen.queryByTestId('issue-source')).toBeNull()
  })
})
