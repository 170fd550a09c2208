import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from './support/render-app'
import { buildIssue, issueId } from './support/fixtures'

describe('an article without a headline', () => {
  it('keeps its heading empty of text, and the outline shows its opening words', async () => {
    const issue = buildIssue({ id: issueId(7), paper: null, date: null }, [
      { title: '', paragraphs: ['国务院新闻办公室18日举行新闻发布会，介绍国民经济运行情况。'] },
    ])
    await renderApp({ issues: [issue], settings: { lastIssueId: issue.meta.id, locale: 'zh' } })
    const title = await screen.findByTestId('article-title')
    expect(title.textContent).toBe('')
    expect(title).toHaveClass('article__title--untitled')
    expect(title).toHaveAttribute('data-untitled-label', '（无标题）')
    const outline = screen.getByTestId('outline')
    expect(within(outline).getByTestId('outline-item')).toHaveTextContent(
      '国务院新闻办公室18日举行新闻发布会，介绍国民经…',
    )
  })
})
