// The Export dialog's choices and what they mean for the `exportData`/`saveExport` call.
import type { ApiArgs } from '../../../../shared/contract'
import type { IssueMeta, Theme } from '../../../../shared/model'
import type { Locale } from '../../i18n/i18n'
import { issueName } from '../library/issue-format'

export type ExportFormat = 'json' | 'csv' | 'w3c'
export type ExportScope = 'issue' | 'selected' | 'library'
export type ExportArgs = ApiArgs['exportData']

export const exportFormats: readonly ExportFormat[] = ['json', 'csv', 'w3c']
export const exportScopes: readonly ExportScope[] = ['issue', 'selected', 'library']

export interface ExportForm {
  format: ExportFormat
  scope: ExportScope
  /** Issues ticked in the "selected issues" checklist. */
  issueIds: ReadonlySet<string>
  /** True when only annotations with one of `themeIds` are exported. */
  filterThemes: boolean
  themeIds: ReadonlySet<string>
}

/** The open issue by default; the whole library when none is open. */
export function initialForm(openId: string | null): ExportForm {
  return {
    format: 'json',
    scope: openId ? 'issue' : 'library',
    issueIds: new Set(openId ? [openId] : []),
    filterThemes: false,
    themeIds: new Set(),
  }
}

/** The call's arguments, or null while the form is incomplete (nothing ticked). Ids follow the
 * order of `issues` and `themes`, so the same choice always makes the same call. */
export function exportArgs(
  form: ExportForm,
  openId: string | null,
  issues: readonly IssueMeta[],
  themes: readonly Theme[],
): ExportArgs | null {
  let issueIds: string[] | null = null
  if (form.scope === 'issue') {
    if (!openId) return null
    issueIds = [openId]
  } else if (form.scope === 'selected') {
    issueIds = issues.filter((i) => form.issueIds.has(i.id)).map((i) => i.id)
    if (issueIds.length === 0) return null
  }
  let themeIds: string[] | null = null
  if (form.filterThemes) {
    themeIds = themes.filter((th) => form.themeIds.has(th.id)).map((th) => th.id)
    if (themeIds.length === 0) return null
  }
  return { format: form.format, issueIds, themeIds }
}

/** Issues whose paper, date or file name contains the filter text. */
export function filterIssues(issues: readonly IssueMeta[], query: string): IssueMeta[] {
  const q = query.trim().toLowerCase()
  if (!q) return [...issues]
  return issues.filter((i) => `${issueName(i)} ${i.sourceName}`.toLowerCase().includes(q))
}

export interface ThemeRow {
  theme: Theme
  /** 0 for a top-level theme. */
  depth: number
  /** The name in the UI language, else the other one. */
  label: string
  /** The name in the other language, when it differs. */
  alt: string | null
}

/** Codebook themes matching the search in either language (a match keeps its ancestors, so
 * the tree still reads), each with its depth and names for the UI language. */
export function themeRows(themes: readonly Theme[], query: string, locale: Locale): ThemeRow[] {
  const byId = new Map(themes.map((th) => [th.id, th]))
  const depth = (th: Theme): number => {
    let d = 0
    for (let p = th.parentId; p && d < 20; p = byId.get(p)?.parentId ?? null) d++
    return d
  }
  const q = query.trim().toLowerCase()
  const matches = (th: Theme) => `${th.name.zh} ${th.name.en} ${th.id}`.toLowerCase().includes(q)
  const shown = new Set<string>()
  for (const th of themes) {
    if (q && !matches(th)) continue
    for (let at: Theme | undefined = th; at && !shown.has(at.id); at = byId.get(at.parentId ?? ''))
      shown.add(at.id)
  }
  const other: Locale = locale === 'zh' ? 'en' : 'zh'
  return themes
    .filter((th) => shown.has(th.id))
    .map((theme) => {
      const label = theme.name[locale] || theme.name[other]
      const alt = theme.name[other] && theme.name[other] !== label ? theme.name[other] : null
      return { theme, depth: depth(theme), label, alt }
    })
}

export function toggle(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set)
  if (on) next.add(id)
  else next.delete(id)
  return next
}
