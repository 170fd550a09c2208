import { useId, useState } from 'react'
import type { IssueMeta } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { formatIssueDate, issueTitle } from '../library/issue-format'
import { filterIssues, toggle } from './export-form'

interface IssueChecklistProps {
  issues: readonly IssueMeta[]
  chosen: ReadonlySet<string>
  onChange: (chosen: Set<string>) => void
}

/** The library as a filterable checklist; "select all/none" act on the issues shown. */
export function IssueChecklist({ issues, chosen, onChange }: IssueChecklistProps) {
  const { t, locale } = useI18n()
  const [query, setQuery] = useState('')
  const listId = useId()
  const shown = filterIssues(issues, query)

  const setShown = (on: boolean) => {
    const next = new Set(chosen)
    for (const issue of shown) {
      if (on) next.add(issue.id)
      else next.delete(issue.id)
    }
    onChange(next)
  }

  return (
    <div className="export__checklist">
      <div className="export__checklist-bar">
        <input
          type="search"
          className="field__input export__filter"
          aria-label={t('export.issues.filter')}
          placeholder={t('export.issues.filter')}
          aria-controls={listId}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="button" onClick={() => setShown(true)}>
          {t('export.issues.all')}
        </button>
        <button type="button" className="button" onClick={() => setShown(false)}>
          {t('export.issues.none')}
        </button>
      </div>
      <ul id={listId} className="export__list" aria-label={t('export.issues.label')}>
        {shown.map((issue) => (
          <li key={issue.id}>
            <label className="export__check">
              <input
                type="checkbox"
                data-testid="export-issue"
                data-issue-id={issue.id}
                checked={chosen.has(issue.id)}
                onChange={(e) => onChange(toggle(chosen, issue.id, e.target.checked))}
              />
              <span lang="zh-CN">{issueTitle(issue)}</span>
              <span className="export__muted">
                {issue.date ? formatIssueDate(issue.date, locale) : t('library.undated')}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="export__muted">{t('export.issues.noMatch')}</p>}
      <p className="export__muted" aria-live="polite">
        {t('export.issues.chosen', { n: chosen.size, total: issues.length })}
      </p>
    </div>
  )
}
