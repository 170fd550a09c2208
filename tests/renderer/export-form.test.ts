import { describe, expect, it } from 'vitest'
import {
  exportArgs,
  filterIssues,
  initialForm,
  themeRows,
} from '../../src/renderer/src/features/export/export-form'
import { codebook } from './support/export-helpers'
import { issueId, sampleLibrary } from './support/fixtures'

const issues = sampleLibrary().map((doc) => doc.meta)
const themes = codebook.themes

describe('export form', () => {
  it('defaults to JSON of the open issue, or the whole library when none is open', () => {
    expect(exportArgs(initialForm(issueId(2)), issueId(2), issues, themes)).toEqual({
      format: 'json',
      issueIds: [issueId(2)],
      themeIds: null,
    })
    const none = initialForm(null)
    expect(none.scope).toBe('library')
    expect(exportArgs(none, null, issues, themes)).toEqual({
      format: 'json',
      issueIds: null,
      themeIds: null,
    })
  })

  it('sends selected issues and themes in list order, and nothing while a list is empty', () => {
    const form = {
      ...initialForm(null),
      format: 'w3c' as const,
      scope: 'selected' as const,
      issueIds: new Set([issueId(3), issueId(1)]),
      filterThemes: true,
      themeIds: new Set(['culture', 'economy']),
    }
    expect(exportArgs(form, null, issues, themes)).toEqual({
      format: 'w3c',
      issueIds: [issueId(1), issueId(3)],
      themeIds: ['economy', 'culture'],
    })
    expect(exportArgs({ ...form, issueIds: new Set() }, null, issues, themes)).toBeNull()
    expect(exportArgs({ ...form, themeIds: new Set() }, null, issues, themes)).toBeNull()
    expect(exportArgs({ ...form, scope: 'issue' }, null, issues, themes)).toBeNull()
  })

  it('filters issues by paper, date or file name', () => {
    expect(filterIssues(issues, ' 人民 ').map((i) => i.id)).toEqual([issueId(3)])
    expect(filterIssues(issues, '04-24').map((i) => i.id)).toEqual([issueId(2)])
    expect(filterIssues(issues, 'RMRB').map((i) => i.id)).toEqual([issueId(3)])
    expect(filterIssues(issues, '')).toHaveLength(3)
  })

  it('lists themes with depth and both names, keeping the parents of a match', () => {
    expect(themeRows(themes, '', 'en').map((r) => [r.theme.id, r.depth, r.label, r.alt])).toEqual([
      ['economy', 0, 'Economic development', '经济发展'],
      ['projects', 1, 'Major projects', '重大项目'],
      ['culture', 0, 'Culture and tourism', '文旅'],
    ])
    expect(themeRows(themes, 'major', 'zh').map((r) => r.label)).toEqual(['经济发展', '重大项目'])
    expect(themeRows(themes, '文旅', 'en').map((r) => r.theme.id)).toEqual(['culture'])
    expect(themeRows(themes, 'nothing', 'en')).toEqual([])
  })
})
