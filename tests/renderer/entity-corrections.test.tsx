import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { StoredDictionaryEntry } from '../../src/shared/model'
import { highlights, openSampleWithEntities, selectText } from './support/entities'
import { issueId } from './support/fixtures'

const menu = () => screen.getByTestId('entity-menu')
const paragraphs = () => within(screen.getByTestId('reader')).getAllByTestId('paragraph')

describe('entity corrections', () => {
  it('marks selected text as an entity everywhere and refetches', async () => {
    const { user, api } = await openSampleWithEntities()
    selectText(paragraphs()[0], '观摩会')
    const buttons = within(menu()).getAllByTestId('mark-as')
    expect(buttons.map((b) => b.dataset.entityType)).toEqual([
      'person',
      'place',
      'org',
      'time',
      'title',
      'term',
    ])
    expect(menu()).toHaveTextContent('Mark “观摩会” as')
    const fetched = api.getIssueEntities.mock.calls.length
    await user.click(buttons.find((b) => b.dataset.entityType === 'term')!)

    expect(api.addDictionaryEntry).toHaveBeenCalledWith({
      entry: { kind: 'add', text: '观摩会', type: 'term' },
      issueId: null,
    })
    expect(screen.queryByTestId('entity-menu')).not.toBeInTheDocument()
    await waitFor(() => expect(highlights('观摩会').length).toBeGreaterThan(0))
    expect(api.getIssueEntities.mock.calls.length).toBe(fetched + 1)
    expect(highlights('观摩会')[0]).toHaveAttribute('data-entity-source', 'user')
    expect(screen.getAllByTestId('dictionary-entry')[0]).toHaveTextContent('观摩会 → Term')
  })

  it('refuses to mark a selection that spans paragraphs', async () => {
    await openSampleWithEntities()
    const [first, second] = paragraphs()
    const range = document.createRange()
    range.setStart(first.querySelector('span')!.firstChild!, 2)
    range.setEnd(second.querySelector('span')!.firstChild!, 2)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    fireEvent.mouseUp(second)
    expect(menu()).toHaveTextContent('Select up to 100 characters within one line')
    expect(within(menu()).queryAllByTestId('mark-as')).toHaveLength(0)
  })

  it('changes the type of a highlighted entity', async () => {
    const { user, api } = await openSampleWithEntities()
    await user.click(highlights('双过半')[0])
    expect(menu()).toHaveTextContent('双过半 · Term · found by a genre rule')
    const types = within(menu()).getAllByTestId('change-type')
    expect(types.map((b) => b.dataset.entityType)).not.toContain('term')
    expect(types[0]).toHaveFocus()
    await user.click(types.find((b) => b.dataset.entityType === 'title')!)
    expect(api.addDictionaryEntry).toHaveBeenCalledWith({
      entry: { kind: 'add', text: '双过半', type: 'title' },
      issueId: null,
    })
    await waitFor(() =>
      expect(highlights('双过半')[0]).toHaveAttribute('data-entity-type', 'title'),
    )
  })

  it('rejects an entity everywhere', async () => {
    const { user, api } = await openSampleWithEntities()
    await user.click(highlights('陈润')[0])
    const everywhere = within(menu())
      .getAllByTestId('reject-entity')
      .find((b) => b.dataset.scope === 'everywhere')!
    await user.click(everywhere)
    expect(api.addDictionaryEntry).toHaveBeenCalledWith({
      entry: { kind: 'reject', text: '陈润', type: null },
      issueId: null,
    })
    await waitFor(() => expect(highlights('陈润')).toHaveLength(0))
  })

  it('rejects an entity in this issue only', async () => {
    const { user, api } = await openSampleWithEntities()
    await user.click(highlights('刘越高')[0])
    const here = within(menu())
      .getAllByTestId('reject-entity')
      .find((b) => b.dataset.scope === 'issue')!
    await user.click(here)
    expect(api.addDictionaryEntry).toHaveBeenCalledWith({
      entry: { kind: 'reject', text: '刘越高', type: null },
      issueId: issueId(1),
    })
    await waitFor(() => expect(highlights('刘越高')).toHaveLength(0))
    expect(screen.getByTestId('dictionary-entry')).toHaveTextContent(
      '刘越高: not an entity (in this issue)',
    )
  })

  it('closes the menu with Escape', async () => {
    const { user } = await openSampleWithEntities()
    await user.click(highlights('朱健')[0])
    expect(menu()).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByTestId('entity-menu')).not.toBeInTheDocument()
  })

  it('lists the dictionary; removing an entry undoes it and refetches', async () => {
    const dictionary: StoredDictionaryEntry[] = [
      {
        id: 'd1',
        kind: 'reject',
        text: '朱健',
        type: null,
        issueId: null,
        createdAt: '2024-01-01',
      },
      {
        id: 'd2',
        kind: 'add',
        text: '观摩会',
        type: 'term',
        issueId: null,
        createdAt: '2024-01-01',
      },
    ]
    const { user, api } = await openSampleWithEntities({ entities: { dictionary } })
    expect(highlights('朱健')).toHaveLength(0)
    const entries = screen.getAllByTestId('dictionary-entry')
    expect(entries.map((e) => e.textContent)).toEqual(['观摩会 → Term×', '朱健: not an entity×'])

    const fetched = api.getIssueEntities.mock.calls.length
    await user.click(within(entries[1]).getByTestId('remove-dictionary-entry'))
    expect(api.removeDictionaryEntry).toHaveBeenCalledWith({ id: 'd1' })
    await waitFor(() => expect(highlights('朱健')).toHaveLength(2))
    expect(api.getIssueEntities.mock.calls.length).toBe(fetched + 1)
    expect(screen.getAllByTestId('dictionary-entry')).toHaveLength(1)
  })

  it('shows why a correction failed', async () => {
    const { user, api } = await openSampleWithEntities()
    api.addDictionaryEntry.mockRejectedValueOnce(new Error('library is read-only'))
    await user.click(highlights('朱健')[0])
    await user.click(within(menu()).getAllByTestId('change-type')[0])
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not save the correction: library is read-only',
    )
  })
})
