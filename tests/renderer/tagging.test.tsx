import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../src/shared/model'
import { describeSelection } from './support/fake-annotations'
import { buildIssue, hengyangArticles, issueId, sampleLibrary } from './support/fixtures'
import {
  marks,
  openForTagging,
  selectOffsets,
  selectQuote,
  themeItem,
  themeItems,
} from './support/tagging'

const doc = sampleLibrary()[0]
const author = { settings: { author: '王研究员' } }

function annotation(id: string, text: string, themeIds: string[], from = 0): Annotation {
  const start = doc.text.indexOf(text, from)
  return {
    id,
    issueId: issueId(1),
    selector: describeSelection(doc.text, start, start + text.length),
    themeIds,
    memo: '',
    author: 'x',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    anchor: 'anchored',
  }
}

describe('tagging a selection', () => {
  it('creates an annotation with the canonical offsets when a theme is clicked', async () => {
    const { api, user } = await openForTagging(author)
    const span = selectQuote(doc, '重大项目现场观摩会举行')
    expect(themeItem('projects')).toHaveClass('theme-item--can-tag')
    await user.click(themeItem('projects'))
    await waitFor(() =>
      expect(api.createAnnotation).toHaveBeenCalledWith({
        issueId: issueId(1),
        ...span,
        themeIds: ['projects'],
      }),
    )
    await waitFor(() => expect(marks().length).toBeGreaterThan(0))
    const text = marks()
      .map((m) => m.textContent)
      .join('')
    expect(text).toBe('重大项目现场观摩会举行')
    expect(screen.getByTestId('annotation-editor')).toBeInTheDocument()
  })

  it('tags across two paragraphs', async () => {
    const { api, user } = await openForTagging(author)
    const from = doc.text.indexOf('观摩会举行。')
    const to = doc.text.indexOf('25日上午') + '25日上午'.length
    selectOffsets(from, to)
    await user.click(themeItem('meetings'))
    await waitFor(() =>
      expect(api.createAnnotation).toHaveBeenCalledWith(
        expect.objectContaining({ start: from, end: to }),
      ),
    )
    const created = await api.createAnnotation.mock.results[0].value
    expect(created.selector.exact).toContain('\n\n')
  })

  it('counts UTF-16 offsets after an astral character', async () => {
    const astral = buildIssue({ id: issueId(9) }, [
      { title: '𠀀字标题', paragraphs: ['𠀀市委书记在衡阳市调研。'] },
    ])
    const { api } = await openForTagging({ ...author, issues: [astral] }, '𠀀字标题')
    const span = selectQuote(astral, '衡阳市')
    expect(span.start).toBe(astral.text.indexOf('衡阳市'))
    fireEvent.keyDown(window, { key: '2' })
    await waitFor(() =>
      expect(api.createAnnotation).toHaveBeenCalledWith({
        issueId: issueId(9),
        ...span,
        themeIds: ['projects'],
      }),
    )
  })

  it('tags with number keys 1–9: the first nine top-level themes, shown in the panel', async () => {
    const { api } = await openForTagging(author)
    const keyed = themeItems().filter((el) => el.dataset.shortcut)
    expect(keyed.map((el) => [el.dataset.themeId, el.dataset.shortcut])).toEqual([
      ['growth', '1'],
      ['projects', '2'],
      ['investment', '3'],
      ['industry', '4'],
      ['tourism', '5'],
      ['meetings', '6'],
      ['leaders', '7'],
      ['environment', '8'],
      ['livelihood', '9'],
    ])
    expect(within(themeItem('tourism')).getByText('5')).toBeInTheDocument()
    expect(themeItem('double-half')).not.toHaveAttribute('data-shortcut')
    selectQuote(doc, '双过半')
    fireEvent.keyDown(window, { key: '9' })
    await waitFor(() =>
      expect(api.createAnnotation).toHaveBeenCalledWith(
        expect.objectContaining({ themeIds: ['livelihood'] }),
      ),
    )
  })

  it('does nothing on a theme click without a selection', async () => {
    const { api, user } = await openForTagging(author)
    await user.click(themeItem('projects'))
    expect(api.createAnnotation).not.toHaveBeenCalled()
  })

  it('asks for the author on the first tag, saves it, then tags', async () => {
    const { api, user } = await openForTagging()
    selectQuote(doc, '重大项目')
    fireEvent.keyDown(window, { key: '1' })
    const dialog = await screen.findByTestId('author-dialog')
    expect(api.createAnnotation).not.toHaveBeenCalled()
    await user.type(within(dialog).getByTestId('author-input'), '李老师')
    await user.click(within(dialog).getByTestId('author-save'))
    await waitFor(() => expect(api.createAnnotation).toHaveBeenCalledTimes(1))
    expect(api.updateSettings).toHaveBeenCalledWith({ author: '李老师' })
    const created = await api.createAnnotation.mock.results[0].value
    expect(created.author).toBe('李老师')
    const editor = await screen.findByTestId('annotation-editor')
    expect(within(editor).getByText('李老师')).toBeInTheDocument()
  })

  it('lets the author prompt be skipped, and asks only once', async () => {
    const { api, user } = await openForTagging()
    selectQuote(doc, '重大项目')
    fireEvent.keyDown(window, { key: '1' })
    await user.click(await screen.findByTestId('author-skip'))
    await waitFor(() => expect(api.createAnnotation).toHaveBeenCalledTimes(1))
    selectQuote(doc, '经济运行')
    fireEvent.keyDown(window, { key: '2' })
    await waitFor(() => expect(api.createAnnotation).toHaveBeenCalledTimes(2))
    expect(screen.queryByTestId('author-dialog')).not.toBeInTheDocument()
  })
})

describe('annotation marks', () => {
  it('draw overlapping annotations over entity highlights without changing the text', async () => {
    const overlapping = [
      annotation('a1', '刘越高在全市2023年', ['growth', 'leaders']),
      annotation('a2', '全市2023年一季度经济运行', ['projects']),
      annotation('a3', '衡阳市一季度', ['growth']),
    ]
    await openForTagging({ tagging: { annotations: overlapping } })
    await waitFor(() => expect(marks('a2').length).toBeGreaterThan(0))
    const reader = screen.getByTestId('reader')
    const paragraphs = within(reader).getAllByTestId('paragraph')
    expect(paragraphs.map((p) => p.textContent)).toEqual(
      hengyangArticles.flatMap((a) => a.paragraphs),
    )
    const kicker = within(reader).getAllByTestId('article-kicker')[0]
    expect(kicker.textContent).toBe(hengyangArticles[0].kicker)

    for (const id of ['a1', 'a2', 'a3']) {
      const quote = overlapping.find((a) => a.id === id)!.selector.exact
      const text = [...new Set(marks(id))].map((m) => m.textContent).join('')
      expect(text).toBe(quote)
    }
    // The entity 刘越高 keeps its highlight, with the mark inside it.
    const entity = within(reader)
      .getAllByTestId('entity')
      .find((e) => e.textContent === '刘越高')!
    expect(entity.querySelector('[data-testid="annotation-mark"]')).toHaveAttribute(
      'data-annotation-id',
      'a1',
    )
    // Nested marks where a1 and a2 overlap; every text-bearing element keeps data-start.
    expect(marks('a2').some((m) => m.closest('[data-annotation-id="a1"]'))).toBe(true)
    for (const el of reader.querySelectorAll('.issue-body span'))
      expect(el).toHaveAttribute('data-start')
    // Two themes: two colour strips.
    expect(marks('a1')[0].style.backgroundImage.match(/linear-gradient/g)).toHaveLength(2)
    for (const el of marks())
      expect(doc.text.slice(Number(el.dataset.start)).startsWith(el.textContent!)).toBe(true)
  })

  it('opens the editor when a mark is clicked', async () => {
    const { user } = await openForTagging({
      tagging: { annotations: [annotation('a1', '重大项目', ['projects'])] },
    })
    await waitFor(() => expect(marks('a1').length).toBeGreaterThan(0))
    await user.click(marks('a1')[0])
    expect(await screen.findByTestId('annotation-editor')).toHaveAttribute(
      'data-annotation-id',
      'a1',
    )
    expect(marks('a1')[0]).toHaveClass('annotation-mark--active')
  })
})
