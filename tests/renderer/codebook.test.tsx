import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../src/shared/model'
import { describeSelection } from './support/fake-annotations'
import { issueId, sampleLibrary } from './support/fixtures'
import { marks, openForTagging, themeItem, themeItems } from './support/tagging'

const doc = sampleLibrary()[0]
const start = doc.text.indexOf('重大项目')
const tagged: Annotation = {
  id: 'a1',
  issueId: issueId(1),
  selector: describeSelection(doc.text, start, start + 4),
  themeIds: ['meetings'],
  memo: '',
  author: '',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  anchor: 'anchored',
}

const ids = () => themeItems().map((el) => el.dataset.themeId)
const dialog = () => screen.getByRole('dialog')

afterEach(() => vi.unstubAllGlobals())

describe('codebook panel', () => {
  it('filters by name or description in either language, case- and width-insensitive', async () => {
    const { user } = await openForTagging({ settings: { locale: 'zh' } })
    const filter = screen.getByTestId('theme-filter')
    await user.type(filter, '项目')
    expect(ids()).toEqual(['projects'])
    await user.clear(filter)
    await user.type(filter, 'TOURISM')
    expect(ids()).toEqual(['tourism'])
    await user.clear(filter)
    await user.type(filter, 'ｇｄｐ')
    expect(ids()).toEqual(['growth', 'gdp'])
    await user.clear(filter)
    await user.type(filter, 'headline')
    expect(ids()).toEqual(['growth'])
    // Keys stay on their themes while filtering.
    expect(themeItem('growth')).toHaveAttribute('data-shortcut', '1')
  })

  it('adds a theme with both names, colour, description and parent', async () => {
    const { api, user } = await openForTagging()
    await user.click(screen.getByTestId('add-theme'))
    await user.type(screen.getByTestId('theme-name-zh'), '乡村振兴')
    await user.type(screen.getByTestId('theme-name-en'), 'Rural revitalisation')
    fireEvent.change(screen.getByTestId('theme-colour'), { target: { value: '#228833' } })
    await user.type(screen.getByTestId('theme-description-en'), 'Villages')
    await user.selectOptions(screen.getByTestId('theme-parent'), 'livelihood')
    await user.click(screen.getByTestId('theme-save'))
    await waitFor(() =>
      expect(api.addTheme).toHaveBeenCalledWith({
        name: { zh: '乡村振兴', en: 'Rural revitalisation' },
        colour: '#228833',
        description: { zh: '', en: 'Villages' },
        parentId: 'livelihood',
      }),
    )
    await waitFor(() => expect(ids()).toContain('user-theme-1'))
    expect(ids().indexOf('user-theme-1')).toBe(ids().indexOf('housing') + 1)
  })

  it('renames, recolours and nests a theme through its edit dialog', async () => {
    const { api, user } = await openForTagging()
    await user.click(within(themeItem('tourism')).getByTestId('edit-theme'))
    const zh = screen.getByTestId('theme-name-zh')
    await user.clear(zh)
    await user.type(zh, '文化旅游')
    fireEvent.change(screen.getByTestId('theme-colour'), { target: { value: '#00aa77' } })
    await user.selectOptions(screen.getByTestId('theme-parent'), 'industry')
    await user.click(screen.getByTestId('theme-save'))
    await waitFor(() =>
      expect(api.updateTheme).toHaveBeenCalledWith(
        expect.objectContaining({
          id: 'tourism',
          name: { zh: '文化旅游', en: 'Culture and tourism' },
          colour: '#00aa77',
        }),
      ),
    )
    await waitFor(() =>
      expect(api.moveTheme).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'tourism', parentId: 'industry' }),
      ),
    )
    // Nested now: it lost its key, and the next top-level theme moved up to 5.
    await waitFor(() => expect(themeItem('tourism')).not.toHaveAttribute('data-shortcut'))
    expect(themeItem('meetings')).toHaveAttribute('data-shortcut', '5')
    expect(themeItem('environment')).toHaveAttribute('data-shortcut', '7')
    expect(themeItem('livelihood')).toHaveAttribute('data-shortcut', '8')
  })

  it('un-nests and reorders', async () => {
    const { api, user } = await openForTagging()
    await user.click(within(themeItem('gdp')).getByTestId('edit-theme'))
    await user.selectOptions(screen.getByTestId('theme-parent'), '')
    await user.click(screen.getByTestId('theme-save'))
    await waitFor(() =>
      expect(api.moveTheme).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'gdp', parentId: null }),
      ),
    )
    await user.click(within(themeItem('projects')).getByLabelText(/Move Major projects up/))
    await waitFor(() =>
      expect(api.moveTheme).toHaveBeenLastCalledWith({ id: 'projects', parentId: null, index: 0 }),
    )
    await waitFor(() => expect(themeItem('projects')).toHaveAttribute('data-shortcut', '1'))
    expect(themeItem('growth')).toHaveAttribute('data-shortcut', '2')
  })

  it('merges two themes: annotations move, and undo restores both', async () => {
    const { api, user } = await openForTagging({ tagging: { annotations: [tagged] } })
    await user.click(within(themeItem('meetings')).getByTestId('merge-theme'))
    await waitFor(() =>
      expect(within(dialog()).getByTestId('theme-usage')).toHaveTextContent('1 annotation'),
    )
    await user.selectOptions(screen.getByTestId('merge-target'), 'leaders')
    await user.click(screen.getByTestId('confirm-merge-theme'))
    await waitFor(() =>
      expect(api.mergeThemes).toHaveBeenCalledWith({ fromId: 'meetings', intoId: 'leaders' }),
    )
    await waitFor(() => expect(ids()).not.toContain('meetings'))
    const item = await screen.findByTestId('annotation-item')
    await waitFor(() => expect(item).toHaveTextContent('Leaders'))

    const codebookFetches = api.getCodebook.mock.calls.length
    await user.click(screen.getByTestId('undo'))
    await waitFor(() => expect(ids()).toContain('meetings'))
    expect(api.getCodebook.mock.calls.length).toBe(codebookFetches + 1)
    await waitFor(() => expect(screen.getByTestId('annotation-item')).toHaveTextContent('Meetings'))
    expect(marks('a1').length).toBeGreaterThan(0)
  })

  it('deletes a theme after saying how many annotations use it and asking what to do', async () => {
    const { api, user } = await openForTagging({ tagging: { annotations: [tagged] } })
    await user.click(within(themeItem('meetings')).getByTestId('delete-theme'))
    expect(api.getThemeUsage).toHaveBeenCalledWith({ id: 'meetings' })
    await waitFor(() =>
      expect(within(dialog()).getByTestId('theme-usage')).toHaveTextContent(
        '1 annotation in 1 issue(s) uses this theme.',
      ),
    )
    await user.click(screen.getByTestId('delete-move'))
    await user.selectOptions(screen.getByTestId('delete-move-target'), 'projects')
    await user.click(screen.getByTestId('confirm-delete-theme'))
    await waitFor(() =>
      expect(api.deleteTheme).toHaveBeenCalledWith({
        id: 'meetings',
        annotations: { action: 'move', themeId: 'projects' },
      }),
    )
    await waitFor(() =>
      expect(screen.getByTestId('annotation-item')).toHaveTextContent('Major projects'),
    )
  })

  it('deletes an unused theme with untag as the only effect', async () => {
    const { api, user } = await openForTagging()
    await user.click(within(themeItem('environment')).getByTestId('delete-theme'))
    await waitFor(() =>
      expect(within(dialog()).getByTestId('theme-usage')).toHaveTextContent('0 annotations'),
    )
    expect(screen.queryByTestId('delete-move')).not.toBeInTheDocument()
    await user.click(screen.getByTestId('confirm-delete-theme'))
    await waitFor(() =>
      expect(api.deleteTheme).toHaveBeenCalledWith({
        id: 'environment',
        annotations: { action: 'untag' },
      }),
    )
  })

  it('imports a codebook file and reports what changed', async () => {
    const { api, user } = await openForTagging()
    const json = JSON.stringify({
      format: 'gloss-codebook',
      version: 1,
      themes: [
        {
          id: 'new-one',
          name: { zh: '新主题', en: 'New' },
          parentId: null,
          colour: '#123456',
          description: { zh: '', en: '' },
        },
      ],
    })
    const file = new File([json], 'codebook.json', { type: 'application/json' })
    await user.upload(screen.getByTestId('import-codebook-input'), file)
    await waitFor(() => expect(api.importCodebook).toHaveBeenCalledWith({ json }))
    expect(await screen.findByTestId('codebook-notice')).toHaveTextContent(
      '1 themes added, 0 updated',
    )
    expect(ids()).toContain('new-one')
  })

  it('exports the codebook as a download', async () => {
    const createObjectURL = vi.fn(() => 'blob:codebook')
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { api, user } = await openForTagging()
    await user.click(screen.getByTestId('export-codebook'))
    await waitFor(() => expect(api.exportCodebook).toHaveBeenCalled())
    await waitFor(() => expect(click).toHaveBeenCalled())
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('gloss-codebook.json')
    click.mockRestore()
  })

  it('words the panel in Chinese', async () => {
    await openForTagging({ settings: { locale: 'zh' } })
    expect(within(screen.getByTestId('theme-panel')).getByText('主题')).toBeInTheDocument()
    expect(within(themeItem('projects')).getByText('重大项目')).toBeInTheDocument()
    expect(within(themeItem('projects')).getByText('Major projects')).toBeInTheDocument()
  })
})
