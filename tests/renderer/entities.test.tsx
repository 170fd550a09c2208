import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EntityMention } from '../../src/shared/model'
import { entityRow, highlights, openSampleWithEntities } from './support/entities'
import { hengyangArticles, issueId, sampleLibrary } from './support/fixtures'
import { findArticleTitle } from './support/render-app'

const scrollIntoView = vi.fn()
beforeEach(() => {
  scrollIntoView.mockClear()
  Element.prototype.scrollIntoView = scrollIntoView
})
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView
})

const issueBody = () => screen.getByTestId('reader').querySelector<HTMLElement>('.issue-body')!
const lastScrolled = () => scrollIntoView.mock.contexts.at(-1) as HTMLElement | undefined

describe('entity highlights', () => {
  it('highlights mentions without changing the text or its offsets', async () => {
    const { api } = await openSampleWithEntities()
    const doc = sampleLibrary()[0]
    const paragraphs = within(screen.getByTestId('reader')).getAllByTestId('paragraph')
    const expected = hengyangArticles.flatMap((a) => a.paragraphs)
    expect(paragraphs.map((p) => p.textContent)).toEqual(expected)
    for (const p of paragraphs)
      expect(doc.text.slice(Number(p.dataset.start), Number(p.dataset.end))).toBe(p.textContent)

    const { mentions } = await api.getIssueEntities({ id: issueId(1) })
    expect(highlights()).toHaveLength(mentions.length)
    for (const el of highlights()) {
      expect(doc.text.slice(Number(el.dataset.start), Number(el.dataset.end))).toBe(el.textContent)
      const m = mentions.find((x) => x.start === Number(el.dataset.start))!
      expect(el.dataset.entityType).toBe(m.type)
      expect(el.dataset.entitySource).toBe(m.source)
    }
    expect(highlights('衡阳市')[0].closest('[data-testid="paragraph"]')).toBe(paragraphs[1])
  })

  it('shows type and source on hover, in the UI language', async () => {
    await openSampleWithEntities()
    expect(highlights('刘越高')[0]).toHaveAttribute('title', 'Person · found by a genre rule')
    expect(highlights('衡阳高新区')[0]).toHaveAttribute(
      'title',
      'Place · found by a statistical model',
    )
  })

  it('words the hover text in Chinese when the UI is Chinese', async () => {
    await openSampleWithEntities({ settings: { locale: 'zh' } })
    expect(highlights('刘越高')[0]).toHaveAttribute('title', '人名 · 规则识别')
  })

  it('shows the text at once and a quiet status while recognition runs', async () => {
    let finish: (value: { mentions: EntityMention[] }) => void = () => {}
    const pending = new Promise<{ mentions: EntityMention[] }>((resolve) => (finish = resolve))
    const { api } = await openSampleWithEntities()
    api.getIssueEntities.mockReturnValueOnce(pending)
    fireEvent.keyDown(window, { key: ']' })
    const title = await findArticleTitle('人民日报要闻')
    expect(screen.getByTestId('entities-loading')).toHaveTextContent('Finding names…')
    expect(screen.getByTestId('entity-panel')).toHaveAttribute('aria-busy', 'true')
    expect(highlights()).toHaveLength(0)

    const text = sampleLibrary()[2].text
    const start = text.indexOf('4月25日')
    const mention: EntityMention = {
      start,
      end: start + 5,
      text: '4月25日',
      type: 'time',
      source: 'rule',
    }
    await act(async () => finish({ mentions: [mention] }))
    expect(screen.queryByTestId('entities-loading')).not.toBeInTheDocument()
    expect(highlights('4月25日')).toHaveLength(1)
    expect(title).toBeInTheDocument()
  })
})

describe('legend', () => {
  it('hides one type by toggling it, without touching the text', async () => {
    const { user } = await openSampleWithEntities()
    const legend = screen.getByTestId('entity-legend')
    const toggles = within(legend).getAllByTestId('entity-toggle')
    expect(toggles.map((t) => t.dataset.entityType)).toEqual([
      'person',
      'place',
      'org',
      'time',
      'title',
      'term',
    ])
    const person = toggles[0]
    expect(person).toHaveAttribute('aria-pressed', 'true')
    expect(person).toHaveTextContent('Person')
    const before = issueBody().innerHTML

    await user.click(person)
    expect(person).toHaveAttribute('aria-pressed', 'false')
    expect(issueBody().dataset.hiddenEntityTypes?.split(' ')).toEqual(['person'])
    expect(issueBody().innerHTML).toBe(before) // only the container's attribute changed
    await user.click(person)
    expect(issueBody().dataset.hiddenEntityTypes).toBe('')
  })

  it('switches all highlights off and on with e', async () => {
    const { user } = await openSampleWithEntities()
    document.body.focus()
    await user.keyboard('e')
    expect(issueBody()).toHaveAttribute('data-entities', 'off')
    for (const t of screen.getAllByTestId('entity-toggle'))
      expect(t).toHaveAttribute('aria-pressed', 'false')
    await user.keyboard('e')
    expect(issueBody()).toHaveAttribute('data-entities', 'on')
  })
})

describe('entity panel', () => {
  it('groups the issue entities by type with counts, most mentioned first', async () => {
    await openSampleWithEntities()
    const panel = screen.getByTestId('entity-panel')
    const rows = within(panel).getAllByTestId('entity-row')
    expect(
      rows.map((r) => [r.dataset.entityType, r.dataset.entityText, r.dataset.entityCount]),
    ).toEqual([
      ['person', '朱健', '2'],
      ['person', '刘越高', '1'],
      ['person', '陈润', '1'],
      ['place', '衡阳高新区', '2'],
      ['place', '衡阳市', '1'],
      ['org', '衡阳晚报', '2'],
      ['time', '4月25日', '1'],
      ['term', '双过半', '1'],
    ])
    expect(within(panel).getByRole('heading', { name: 'Person (3)' })).toBeInTheDocument()
    expect(entityRow('朱健')).toHaveTextContent('朱健2')
  })

  it('steps through an entity mentions on click and with . and ,', async () => {
    const { user } = await openSampleWithEntities()
    const [first, second] = highlights('朱健')
    await user.click(entityRow('朱健'))
    expect(entityRow('朱健')).toHaveAttribute('aria-pressed', 'true')
    expect(lastScrolled()).toBe(first)
    expect(first).toHaveClass('entity--current')
    expect(screen.getByText('Mention 1 of 2')).toBeInTheDocument()

    await user.click(entityRow('朱健'))
    expect(lastScrolled()).toBe(highlights('朱健')[1])
    expect(second).toHaveClass('entity--current')
    expect(first).not.toHaveClass('entity--current')

    document.body.focus()
    await user.keyboard('.')
    expect(lastScrolled()).toBe(highlights('朱健')[0])
    await user.keyboard(',')
    expect(lastScrolled()).toBe(highlights('朱健')[1])
    expect(screen.getByText('Mention 2 of 2')).toBeInTheDocument()
  })

  it('focuses the panel with Shift+E and lists the entity commands in the help', async () => {
    const { user } = await openSampleWithEntities()
    document.body.focus()
    await user.keyboard('{Shift>}E{/Shift}')
    expect(entityRow('朱健')).toHaveFocus()
    expect(issueBody()).toHaveAttribute('data-entities', 'on')
    await user.keyboard('?')
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(help).toHaveTextContent('Go to the entity panel')
    expect(help).toHaveTextContent('Shift+E')
    expect(help).toHaveTextContent('Next mention of the selected entity')
  })

  it('lists library-wide mentions with snippets; opening one jumps to it', async () => {
    const { user, api } = await openSampleWithEntities()
    await user.click(entityRow('4月25日'))
    await user.click(screen.getByTestId('entity-library-search'))
    expect(api.findEntityInLibrary).toHaveBeenCalledWith({ text: '4月25日', type: 'time' })
    const results = await screen.findAllByTestId('library-mention')
    expect(results).toHaveLength(2)
    expect(screen.getByText('2 mentions in the library')).toBeInTheDocument()
    const other = results.find((r) => r.dataset.issueId === issueId(3))!
    expect(other).toHaveTextContent('人民日报')
    expect(other).toHaveTextContent('新华社北京4月25日电 国务院召开常务')
    expect(other.querySelector('mark')).toHaveTextContent('4月25日')

    await user.click(other)
    await findArticleTitle('人民日报要闻')
    await waitFor(() => expect(lastScrolled()).toBe(highlights('4月25日')[0]))
    expect(highlights('4月25日')[0]).toHaveClass('entity--current')
  })
})
