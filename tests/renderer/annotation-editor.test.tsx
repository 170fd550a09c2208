import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../src/shared/model'
import { ApiError } from '../../src/renderer/src/api/api-error'
import { describeSelection } from './support/fake-annotations'
import { issueId, sampleLibrary } from './support/fixtures'
import { marks, openForTagging, selectQuote } from './support/tagging'

const doc = sampleLibrary()[0]

function annotation(id: string, text: string, themeIds: string[], memo = ''): Annotation {
  const start = doc.text.indexOf(text)
  return {
    id,
    issueId: issueId(1),
    selector: describeSelection(doc.text, start, start + text.length),
    themeIds,
    memo,
    author: '王研究员',
    createdAt: '2024-01-01T08:00:00.000Z',
    updatedAt: '2024-01-02T08:00:00.000Z',
    anchor: 'anchored',
  }
}

const annotations = [
  annotation('a1', '重大项目现场观摩会', ['projects'], '第一条备注'),
  annotation('a2', '经济运行情况', ['growth', 'meetings']),
]

async function openEditor(id = 'a1') {
  const app = await openForTagging({
    settings: { author: '王研究员' },
    tagging: { annotations },
  })
  await waitFor(() => expect(marks(id).length).toBeGreaterThan(0))
  await app.user.click(marks(id)[0])
  const editor = await screen.findByTestId('annotation-editor')
  return { ...app, editor }
}

const memo = () => screen.getByTestId<HTMLTextAreaElement>('annotation-memo')
const saveState = () => screen.getByTestId('save-state')

afterEach(() => {
  vi.useRealTimers()
})

describe('annotation editor', () => {
  it('shows quote, themes, memo, author and times', async () => {
    const { editor } = await openEditor()
    expect(editor).toHaveTextContent('重大项目现场观摩会')
    expect(memo()).toHaveValue('第一条备注')
    expect(within(editor).getByText('王研究员')).toBeInTheDocument()
    const times = editor.querySelectorAll('time')
    expect([...times].map((t) => t.getAttribute('datetime'))).toEqual([
      '2024-01-01T08:00:00.000Z',
      '2024-01-02T08:00:00.000Z',
    ])
    const toggle = (id: string) =>
      within(editor)
        .getAllByTestId('annotation-theme')
        .find((b) => b.dataset.themeId === id)!
    expect(toggle('projects')).toHaveAttribute('aria-pressed', 'true')
    expect(toggle('growth')).toHaveAttribute('aria-pressed', 'false')
  })

  it('toggles themes', async () => {
    const { api, user, editor } = await openEditor()
    const growth = within(editor)
      .getAllByTestId('annotation-theme')
      .find((b) => b.dataset.themeId === 'growth')!
    await user.click(growth)
    await waitFor(() =>
      expect(api.updateAnnotation).toHaveBeenCalledWith({
        issueId: issueId(1),
        id: 'a1',
        themeIds: ['projects', 'growth'],
      }),
    )
    await waitFor(() => expect(growth).toHaveAttribute('aria-pressed', 'true'))
    await user.click(
      within(editor)
        .getAllByTestId('annotation-theme')
        .find((b) => b.dataset.themeId === 'projects')!,
    )
    await waitFor(() =>
      expect(api.updateAnnotation).toHaveBeenLastCalledWith(
        expect.objectContaining({ themeIds: ['growth'] }),
      ),
    )
  })

  it('saves the memo 400 ms after typing pauses, once', async () => {
    const { api } = await openEditor()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    fireEvent.change(memo(), { target: { value: '第一条备注，补充' } })
    fireEvent.change(memo(), { target: { value: '第一条备注，补充说明\n第二行' } })
    act(() => vi.advanceTimersByTime(399))
    expect(api.updateAnnotation).not.toHaveBeenCalled()
    await act(async () => vi.advanceTimersByTime(1))
    expect(api.updateAnnotation).toHaveBeenCalledTimes(1)
    expect(api.updateAnnotation).toHaveBeenCalledWith({
      issueId: issueId(1),
      id: 'a1',
      memo: '第一条备注，补充说明\n第二行',
    })
  })

  it('flushes the memo at once when the editor closes or loses focus', async () => {
    const { api, user } = await openEditor()
    await user.click(memo())
    await user.keyboard('X')
    await user.keyboard('{Escape}')
    await waitFor(() =>
      expect(api.updateAnnotation).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'a1', memo: '第一条备注X' }),
      ),
    )
    expect(screen.queryByTestId('annotation-editor')).not.toBeInTheDocument()
    expect(api.updateAnnotation).toHaveBeenCalledTimes(1)

    await user.click(marks('a2')[0])
    await user.click(memo())
    await user.keyboard('Y')
    fireEvent.blur(memo())
    await waitFor(() =>
      expect(api.updateAnnotation).toHaveBeenLastCalledWith(
        expect.objectContaining({ id: 'a2', memo: 'Y' }),
      ),
    )
  })

  it('deletes an annotation', async () => {
    const { api, user } = await openEditor()
    await user.click(screen.getByTestId('delete-annotation'))
    await waitFor(() =>
      expect(api.deleteAnnotation).toHaveBeenCalledWith({ issueId: issueId(1), id: 'a1' }),
    )
    await waitFor(() => expect(marks('a1')).toHaveLength(0))
    expect(screen.queryByTestId('annotation-editor')).not.toBeInTheDocument()
  })

  it('shows Saving… then Saved, and an error with retry that keeps the memo typed', async () => {
    const { api, user } = await openEditor()
    expect(saveState()).toHaveAttribute('data-state', 'saved')
    let fail: (e: unknown) => void = () => {}
    api.updateAnnotation.mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
    await user.click(memo())
    await user.keyboard('，未保存的想法')
    fireEvent.blur(memo())
    await waitFor(() => expect(saveState()).toHaveAttribute('data-state', 'saving'))
    expect(saveState()).toHaveTextContent('Saving…')
    await act(async () => fail(new ApiError('internal', 'disk full')))
    await waitFor(() => expect(saveState()).toHaveAttribute('data-state', 'error'))
    expect(saveState()).toHaveAttribute('title', 'disk full')
    expect(memo()).toHaveValue('第一条备注，未保存的想法')
    await user.click(screen.getByTestId('save-retry'))
    await waitFor(() => expect(saveState()).toHaveAttribute('data-state', 'saved'))
    expect(api.updateAnnotation).toHaveBeenLastCalledWith(
      expect.objectContaining({ memo: '第一条备注，未保存的想法' }),
    )
    expect(memo()).toHaveValue('第一条备注，未保存的想法')
  })

  it('opens the memo with m and closes the editor with Escape', async () => {
    const { user } = await openForTagging({ tagging: { annotations } })
    await waitFor(() => expect(marks('a1').length).toBeGreaterThan(0))
    fireEvent.keyDown(window, { key: 'm' })
    await waitFor(() => expect(memo()).toHaveFocus())
    await user.keyboard('{Escape}')
    expect(screen.queryByTestId('annotation-editor')).not.toBeInTheDocument()
  })
})

describe('annotation list', () => {
  it('lists quote, themes and memo; filters by theme; a click opens and scrolls', async () => {
    const scrollIntoView = vi.fn()
    Element.prototype.scrollIntoView = scrollIntoView
    const { user } = await openForTagging({ tagging: { annotations } })
    const list = screen.getByTestId('annotation-list')
    await waitFor(() => expect(within(list).getAllByTestId('annotation-item')).toHaveLength(2))
    const [first] = within(list).getAllByTestId('annotation-item')
    expect(first).toHaveTextContent('重大项目现场观摩会')
    expect(first).toHaveTextContent('Major projects')
    expect(first).toHaveTextContent('第一条备注')

    await user.selectOptions(screen.getByTestId('annotation-filter'), 'meetings')
    expect(
      within(list)
        .getAllByTestId('annotation-item')
        .map((el) => el.dataset.annotationId),
    ).toEqual(['a2'])
    await user.click(within(list).getByRole('button'))
    expect(await screen.findByTestId('annotation-editor')).toHaveAttribute(
      'data-annotation-id',
      'a2',
    )
    expect(scrollIntoView.mock.contexts.at(-1)).toBe(marks('a2')[0])
    delete (Element.prototype as Partial<Element>).scrollIntoView
  })

  it('focuses the list with a', async () => {
    await openForTagging({ tagging: { annotations } })
    await waitFor(() => expect(screen.getAllByTestId('annotation-item')).toHaveLength(2))
    fireEvent.keyDown(window, { key: 'a' })
    expect(document.activeElement?.closest('[data-testid="annotation-list"]')).not.toBeNull()
  })
})

describe('undo and redo', () => {
  it('buttons call the API, show what they revert, and refetch the annotations', async () => {
    const { api, user } = await openForTagging({ settings: { author: 'A' } })
    selectQuote(doc, '重大项目')
    fireEvent.keyDown(window, { key: '2' })
    await waitFor(() => expect(marks().length).toBeGreaterThan(0))
    const undo = screen.getByTestId('undo')
    await waitFor(() => expect(undo).toBeEnabled())
    expect(undo).toHaveAttribute('title', 'Undo: tag passage')
    await user.click(undo)
    expect(api.undo).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(marks()).toHaveLength(0))
    const redo = screen.getByTestId('redo')
    await waitFor(() => expect(redo).toHaveAttribute('title', 'Redo: tag passage'))
    await user.click(redo)
    await waitFor(() => expect(marks().length).toBeGreaterThan(0))
    expect(api.listAnnotations.mock.calls.length).toBeGreaterThanOrEqual(4)
  })

  it('Ctrl+Z, Shift+Ctrl+Z and Ctrl+Y undo and redo, but not inside the memo', async () => {
    const { api, user } = await openEditor()
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    expect(api.undo).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true })
    expect(api.redo).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(window, { key: 'y', metaKey: true })
    expect(api.redo).toHaveBeenCalledTimes(2)
    await user.click(memo())
    fireEvent.keyDown(memo(), { key: 'z', ctrlKey: true })
    expect(api.undo).toHaveBeenCalledTimes(1)
  })
})
