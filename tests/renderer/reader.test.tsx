import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { issueId, sampleLibrary } from './support/fixtures'
import { findArticleTitle, libraryItems, renderApp } from './support/render-app'

const scrollIntoView = vi.fn()
beforeEach(() => {
  scrollIntoView.mockClear()
  Element.prototype.scrollIntoView = scrollIntoView
})
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView
})

async function openSample() {
  const app = await renderApp({ issues: sampleLibrary() })
  await findArticleTitle('全力奋战二季度 确保实现“双过半”')
  return app
}

function articles() {
  return within(screen.getByTestId('reader')).getAllByTestId('article')
}

function currentOutlineIndex() {
  return screen
    .getAllByTestId('outline-item')
    .findIndex((b) => b.getAttribute('aria-current') === 'true')
}

describe('reader', () => {
  it('renders the issue header and each article with kicker, title, subtitles, byline and paragraphs', async () => {
    await openSample()
    expect(screen.getByTestId('issue-paper')).toHaveTextContent('衡阳晚报')
    expect(screen.getByTestId('issue-date')).toHaveTextContent('Wednesday, 26 April 2023')
    expect(screen.getByTestId('issue-article-count')).toHaveTextContent('3 articles')

    const all = articles()
    expect(all).toHaveLength(3)
    expect(all.every((a) => a.tagName === 'ARTICLE')).toBe(true)

    const first = within(all[0])
    expect(first.getByTestId('article-kicker')).toHaveTextContent(
      '刘越高在全市2023年一季度经济运行分析暨重大项目现场观摩会上强调——',
    )
    const title = first.getByTestId('article-title')
    expect(title.tagName).toBe('H2')
    expect(title).toHaveTextContent('全力奋战二季度 确保实现“双过半”')
    expect(all[0]).toHaveAccessibleName('全力奋战二季度 确保实现“双过半”')
    expect(first.getAllByTestId('article-subtitle').map((s) => s.textContent)).toEqual([
      '朱健主持会议',
    ])
    expect(first.getByTestId('article-byline')).toHaveTextContent('衡阳晚报讯 (全媒体记者 陈润)')
    const paragraphs = first.getAllByTestId('paragraph')
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0].tagName).toBe('P')
    expect(paragraphs[0]).toHaveTextContent(/^4月24日—25日,全市2023年/)

    // Parts an article lacks are not rendered as empty elements.
    expect(within(all[1]).queryByTestId('article-kicker')).not.toBeInTheDocument()
    expect(within(all[1]).queryByTestId('article-subtitle')).not.toBeInTheDocument()
    expect(within(all[2]).queryByTestId('article-byline')).not.toBeInTheDocument()
    expect(within(all[2]).getAllByTestId('article-subtitle')).toHaveLength(2)
  })

  it('lists the articles in the outline; a click scrolls to the article and marks it current', async () => {
    const { user } = await openSample()
    const outline = screen.getByTestId('outline')
    expect(outline.tagName).toBe('NAV')
    const items = within(outline).getAllByTestId('outline-item')
    expect(items.map((i) => i.textContent)).toEqual([
      '刘越高在全市2023年一季度经济运行分析暨重大项目现场观摩会上强调——全力奋战二季度 确保实现“双过半”',
      '衡阳高新区新签约项目12个',
      '市政府常务会议召开推进“制造立市、文旅兴城”',
    ])
    expect(currentOutlineIndex()).toBe(0)

    await user.click(items[2])
    expect(currentOutlineIndex()).toBe(2)
    expect(scrollIntoView.mock.contexts).toContain(articles()[2])
    expect(articles()[2]).toHaveClass('article--current')
    expect(within(articles()[2]).getByTestId('article-title')).toHaveFocus()
  })

  it('moves between articles with j/k and n/p, focusing the heading', async () => {
    const { user } = await openSample()
    document.body.focus()
    await user.keyboard('j')
    expect(currentOutlineIndex()).toBe(1)
    expect(within(articles()[1]).getByTestId('article-title')).toHaveFocus()
    await user.keyboard('n')
    expect(currentOutlineIndex()).toBe(2)
    await user.keyboard('j') // stays on the last article
    expect(currentOutlineIndex()).toBe(2)
    await user.keyboard('k')
    expect(currentOutlineIndex()).toBe(1)
    await user.keyboard('p')
    expect(currentOutlineIndex()).toBe(0)
    expect(scrollIntoView.mock.contexts).toContain(articles()[1])
  })

  it('keeps the arrow keys for scrolling the reader, not for changing articles', async () => {
    const { user } = await openSample()
    const reader = screen.getByTestId('reader')
    const scrollBy = vi.fn()
    reader.scrollBy = scrollBy as unknown as typeof reader.scrollBy

    // Focus on <body>: the page itself does not scroll, so the reader is scrolled and focused.
    document.body.focus()
    expect(fireEvent.keyDown(document.body, { key: 'ArrowDown' })).toBe(false)
    expect(scrollBy).toHaveBeenCalledWith({ top: 48, behavior: 'smooth' })
    expect(reader).toHaveFocus()
    expect(currentOutlineIndex()).toBe(0)

    // Focus inside the reader: the browser's own scrolling handles the key.
    await user.keyboard('j')
    const heading = within(articles()[1]).getByTestId('article-title')
    expect(heading).toHaveFocus()
    expect(fireEvent.keyDown(heading, { key: 'ArrowDown' })).toBe(true)
    expect(fireEvent.keyDown(heading, { key: 'ArrowUp' })).toBe(true)
    expect(currentOutlineIndex()).toBe(1)
  })

  it('ignores shortcuts while typing in a field', async () => {
    const { user } = await openSample()
    await user.click(within(libraryItems()[0]).getByTestId('edit-issue'))
    await user.type(screen.getByTestId('edit-paper'), 'jjk')
    expect(screen.getByTestId('edit-paper')).toHaveValue('衡阳晚报jjk')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(currentOutlineIndex()).toBe(0)
  })

  it('moves to the next and previous issue in library order with ] and [', async () => {
    const { user } = await openSample()
    await user.keyboard(']')
    expect(await findArticleTitle('人民日报要闻')).toBeInTheDocument()
    await user.keyboard(']')
    expect(await findArticleTitle('四月二十四日要闻')).toBeInTheDocument()
    await user.keyboard('[[') // '[[' types a literal [
    expect(await findArticleTitle('人民日报要闻')).toBeInTheDocument()
    const current = libraryItems().find((i) => i.dataset.issueId === issueId(3))!
    expect(within(current).getAllByRole('button')[0]).toHaveAttribute('aria-current', 'true')
  })

  it('resets the current article when another issue opens', async () => {
    const { user } = await openSample()
    await user.keyboard('jj')
    expect(currentOutlineIndex()).toBe(2)
    await user.keyboard(']')
    await findArticleTitle('人民日报要闻')
    await waitFor(() => expect(currentOutlineIndex()).toBe(0))
  })

  it('shows a help overlay listing the shortcuts on ?', async () => {
    const { user } = await openSample()
    await user.keyboard('?')
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(help).toHaveTextContent('Next article')
    expect(help).toHaveTextContent('Ctrl+O')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('shows an error alert when the issue cannot be opened', async () => {
    const { api } = await renderApp({ issues: sampleLibrary() })
    await findArticleTitle('全力奋战二季度 确保实现“双过半”')
    api.getIssue.mockRejectedValueOnce(new Error('disk on fire'))
    fireEvent.keyDown(window, { key: ']' })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not open this issue: disk on fire',
    )
  })
})
