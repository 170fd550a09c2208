import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IssueDocument, StructureCorrection } from '../../src/shared/model'
import { buildIssue, issueId } from './support/fixtures'
import { findArticleTitle, renderApp } from './support/render-app'

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView
})

/** Two invented articles; the first runs into a second one the parser did not see. */
function inventedIssue(): IssueDocument {
  const issue = buildIssue({ id: issueId(31), paper: '山城日报', date: '2024-05-06' }, [
    {
      kicker: '夏粮收购进行时——',
      title: '东坪乡新建粮仓投用',
      byline: '本报讯（记者 欧阳青）',
      paragraphs: [
        '五月初，东坪乡新建粮仓正式投入使用。',
        '南岸码头完成扩建',
        '扩建后的码头可停靠货船六艘。',
      ],
    },
    { title: '桂花巷开设社区食堂', paragraphs: ['社区食堂每天供应午餐和晚餐。'] },
  ])
  issue.articles[1].doubts = ['title']
  return issue
}

const outlineTitles = () =>
  screen
    .getAllByTestId('outline-item')
    .map((item) => item.querySelector('.outline__title')?.textContent)

/** The reader's element for the line whose text is `text`. */
function line(text: string): HTMLElement {
  const reader = screen.getByTestId('reader')
  const found = [...reader.querySelectorAll<HTMLElement>('[data-part-role]')].find(
    (el) => el.textContent === text,
  )
  if (!found) throw new Error(`no line ${text}`)
  return found
}

async function openInvented(structure?: Record<string, StructureCorrection[]>) {
  const issue = inventedIssue()
  const app = await renderApp({
    issues: [issue],
    settings: { lastIssueId: issue.meta.id },
    tagging: { structure },
  })
  await findArticleTitle('东坪乡新建粮仓投用')
  return { ...app, issue }
}

describe('correcting an article’s structure', () => {
  it('hovering a line shows its control; "make title" splits there and the outline follows at once', async () => {
    const { user, api, issue } = await openInvented()
    expect(screen.queryByTestId('structure-button')).toBeNull()
    await user.hover(line('南岸码头完成扩建'))
    await user.click(await screen.findByTestId('structure-button'))
    const menu = await screen.findByTestId('structure-menu')
    expect(within(menu).getByRole('menuitemradio', { name: 'Make paragraph' })).toBeDisabled()
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Make title' }))
    expect(api.addStructureCorrection).toHaveBeenCalledWith({
      issueId: issue.meta.id,
      at: issue.text.indexOf('南岸码头'),
      edit: { kind: 'role', role: 'title' },
    })
    await waitFor(() =>
      expect(outlineTitles()).toEqual([
        '东坪乡新建粮仓投用',
        '南岸码头完成扩建',
        '桂花巷开设社区食堂',
      ]),
    )
    expect(screen.getByTestId('issue-article-count')).toHaveTextContent('3 articles')
    expect(screen.queryByTestId('structure-menu')).toBeNull()
  })

  it('a right-click splits an article, and Ctrl+Z puts it back together', async () => {
    const { user } = await openInvented()
    fireEvent.contextMenu(line('南岸码头完成扩建'))
    await user.click(await screen.findByRole('menuitem', { name: 'Split article here' }))
    await waitFor(() => expect(screen.getAllByTestId('outline-item')).toHaveLength(3))
    await waitFor(() => expect(screen.getByTestId('undo')).toBeEnabled())
    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() =>
      expect(outlineTitles()).toEqual(['东坪乡新建粮仓投用', '桂花巷开设社区食堂']),
    )
  })

  it('merges an article with the previous one, and offers merge only where an article starts', async () => {
    const { user } = await openInvented()
    fireEvent.contextMenu(line('东坪乡新建粮仓投用'))
    const first = await screen.findByTestId('structure-menu')
    expect(within(first).getByTestId('structure-merge')).toBeDisabled()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByTestId('structure-menu')).toBeNull())

    fireEvent.contextMenu(line('桂花巷开设社区食堂'))
    const second = await screen.findByTestId('structure-menu')
    expect(within(second).getByTestId('structure-split')).toBeDisabled()
    await user.click(within(second).getByTestId('structure-merge'))
    await waitFor(() => expect(outlineTitles()).toEqual(['东坪乡新建粮仓投用']))
    expect(line('桂花巷开设社区食堂').dataset.partRole).toBe('paragraph')
  })

  it('works from the keyboard: s opens the menu on the current article, arrows move, Enter picks', async () => {
    const { user } = await openInvented()
    await user.keyboard('s')
    const menu = await screen.findByTestId('structure-menu')
    // The current article's first line is its kicker: the first item on offer is "Make title".
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(menu).getByRole('menuitemradio', { name: 'Make title' }),
      ),
    )
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toHaveTextContent('Make credit')
    await user.keyboard('{Home}{Enter}')
    await waitFor(() => expect(outlineTitles()[0]).toBe('夏粮收购进行时——'))
  })

  it('marks an article the parser doubts, in the reader and the outline', async () => {
    await openInvented()
    const doubted = screen.getAllByTestId('article')[1]
    expect(within(doubted).getByTestId('structure-doubt')).toHaveTextContent('Check structure')
    expect(
      within(screen.getAllByTestId('outline-item')[1]).getByTestId('outline-doubt'),
    ).toBeTruthy()
    expect(within(screen.getAllByTestId('article')[0]).queryByTestId('structure-doubt')).toBeNull()
  })

  it('lists corrections that no longer apply, and removes one on request', async () => {
    const issue = inventedIssue()
    const gone: StructureCorrection = {
      kind: 'split',
      at: issue.text.indexOf('东坪乡新建粮仓正式') + 3,
      id: 'old-split',
      quote: '新建粮仓正式投入使用',
      createdAt: '2024-01-01T00:00:00.000Z',
    }
    const { user } = await openInvented({ [issue.meta.id]: [gone] })
    const list = await screen.findByTestId('stale-corrections')
    expect(list).toHaveTextContent('1 structure correction no longer applies')
    expect(within(list).getByTestId('stale-correction')).toHaveTextContent(
      '“新建粮仓正式投入使用” → split here',
    )
    await user.click(within(list).getByRole('button', { name: 'Remove' }))
    await waitFor(() => expect(screen.queryByTestId('stale-corrections')).toBeNull())
  })

  it('offers no control in a library opened read-only', async () => {
    const issue = inventedIssue()
    const { user } = await renderApp({
      issues: [issue],
      settings: { lastIssueId: issue.meta.id },
      appInfo: { readOnly: true },
    })
    await findArticleTitle('东坪乡新建粮仓投用')
    await user.hover(line('南岸码头完成扩建'))
    expect(screen.queryByTestId('structure-button')).toBeNull()
  })
})

describe('the structure menu and focus', () => {
  it('gives focus back to the margin control when Escape closes it', async () => {
    const { user } = await openInvented()
    await user.hover(line('南岸码头完成扩建'))
    const control = await screen.findByTestId('structure-button')
    await user.click(control)
    await screen.findByTestId('structure-menu')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByTestId('structure-menu')).toBeNull())
    expect(document.activeElement).toBe(screen.getByTestId('structure-button'))
  })
})
