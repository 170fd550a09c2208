import type { IssueMeta } from '../../../../shared/model'
import type { Locale } from '../../i18n/i18n'

export type SortOrder = 'asc' | 'desc'

/** Issues by date (undated last in either order), then paper, then import time. */
export function sortIssues(issues: readonly IssueMeta[], order: SortOrder): IssueMeta[] {
  const sign = order === 'asc' ? 1 : -1
  return [...issues].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1
      if (b.date === null) return -1
      return sign * a.date.localeCompare(b.date)
    }
    const paper = (a.paper ?? '').localeCompare(b.paper ?? '', 'zh')
    return paper !== 0 ? paper : a.importedAt.localeCompare(b.importedAt)
  })
}

/** What to call an issue in a list or a dialog: its paper, else the file it came from. */
export function issueTitle(issue: IssueMeta): string {
  return issue.paper ?? issue.sourceName
}

/** A full name for dialogs: `衡阳晚报 2023-04-26`. */
export function issueName(issue: IssueMeta): string {
  return issue.date ? `${issueTitle(issue)} ${issue.date}` : issueTitle(issue)
}

/** `2023年4月26日 星期三` / `Wednesday, 26 April 2023`; the ISO date when it does not parse. */
export function formatIssueDate(iso: string, locale: Locale, weekday = false): string {
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(weekday ? { weekday: 'long' } : {}),
  }).format(date)
}
