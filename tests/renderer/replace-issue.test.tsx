import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../src/shared/model'
import { describeSelection } from './support/fake-annotations'
import { issueId, sampleLibrary } from './support/fixtures'
import { findArticleTitle, libraryItems } from './support/render-app'
import { marks, openForTagging, selectQuote } from './support/tagging'

const doc = sampleLibrary()[0]

function annotation(id: string, text: string): Annotation {
  const start = doc.text.indexOf(text)
  return {
    id,
    issueId: issueId(1),
    selector: describeSelection(doc.text, start, start + text.length),
    themeIds: ['projects'],
    memo: `memo ${id}`,
    author: 'A',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    anchor: 'anchored',
  }
}

const corrected = [
  '衡阳要闻（更正）',
  '全市重大项目现场观摩会举行。',
  '衡阳市一季度经济平稳。',
].join('\n')

async function replaceFirstIssue() {
  const app = await openForTagging({
    tagging: {
      annotations: [annotation('keep', '重大项目现场观摩会'), annotation('lost', '双过半')],
    },
  })
  const item = libraryItems().find((el) => el.dataset.issueId === issueId(1))!
  const input = within(item).getByTestId<HTMLInputElement>('replace-input')
  expect(within(item).getByTestId('replace-issue')).toBeInTheDocument()
  await app.user.upload(input, new File([corrected], 'corrected.txt', { type: 'text/plain' }))
  await findArticleTitle('衡阳要闻（更正）')
  return app
}

describe('replace with a corrected file', () => {
  it('sends the file, reports anchored and orphaned annotations, and opens the new issue', async () => {
    const { api } = await replaceFirstIssue()
    expect(api.replaceIssueText).toHaveBeenCalledWith({
      id: issueId(1),
      file: { name: 'corrected.txt', data: btoa(unescape(encodeURIComponent(corrected))) },
    })
    expect(screen.getByTestId('replace-result')).toHaveTextContent(
      'Text replaced: 1 annotation placed, 1 could not be placed',
    )
    await waitFor(() => expect(marks('keep').length).toBeGreaterThan(0))
    expect(libraryItems().some((el) => el.dataset.issueId === issueId(1))).toBe(false)
  })

  it('lists orphans with their quote; one can be placed on a new selection', async () => {
    const { api, user } = await replaceFirstIssue()
    const orphan = await screen.findByTestId('orphan-item')
    expect(orphan).toHaveTextContent('双过半')
    expect(orphan).toHaveAttribute('data-annotation-id', 'lost')
    const place = within(orphan).getByTestId('place-orphan')
    expect(place).toBeDisabled()
    const newDoc = await api.getIssue.mock.results.at(-1)!.value
    const span = selectQuote(newDoc, '经济平稳')
    await waitFor(() => expect(place).toBeEnabled())
    await user.click(place)
    await waitFor(() =>
      expect(api.reanchorAnnotation).toHaveBeenCalledWith({
        issueId: newDoc.meta.id,
        id: 'lost',
        ...span,
      }),
    )
    await waitFor(() => expect(screen.queryByTestId('orphan-item')).not.toBeInTheDocument())
    expect(
      marks('lost')
        .map((m) => m.textContent)
        .join(''),
    ).toBe('经济平稳')
  })

  it('deletes an orphan', async () => {
    const { api, user } = await replaceFirstIssue()
    const orphan = await screen.findByTestId('orphan-item')
    await user.click(within(orphan).getByTestId('delete-orphan'))
    await waitFor(() =>
      expect(api.deleteAnnotation).toHaveBeenCalledWith(expect.objectContaining({ id: 'lost' })),
    )
    await waitFor(() => expect(screen.queryByTestId('orphan-item')).not.toBeInTheDocument())
  })
})
