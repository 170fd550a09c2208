import type { IssueMeta } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { issueName } from '../library/issue-format'
import { exportScopes, type ExportScope } from './export-form'
import { IssueChecklist } from './IssueChecklist'

interface ScopeFieldsetProps {
  scope: ExportScope
  onScope: (scope: ExportScope) => void
  issues: readonly IssueMeta[]
  openIssue: IssueMeta | null
  chosen: ReadonlySet<string>
  onChosen: (chosen: Set<string>) => void
  disabled: boolean
}

/** Which issues to export: the open one, a selection from the library, or all of it. */
export function ScopeFieldset(props: ScopeFieldsetProps) {
  const { t } = useI18n()
  const { scope, openIssue, issues } = props
  const detail: Record<ExportScope, string | null> = {
    issue: openIssue ? issueName(openIssue) : t('export.scope.noIssue'),
    selected: null,
    library: t('export.scope.libraryCount', { n: issues.length }),
  }
  return (
    <fieldset className="export__fieldset" disabled={props.disabled}>
      <legend className="export__legend">{t('export.scope')}</legend>
      {exportScopes.map((value) => (
        <label className="export__option" key={value}>
          <input
            type="radio"
            name="export-scope"
            value={value}
            data-testid="export-scope"
            checked={scope === value}
            disabled={value === 'issue' && !openIssue}
            onChange={() => props.onScope(value)}
          />
          <span className="export__option-text">
            <span className="export__option-label">{t(`export.scope.${value}`)}</span>
            {detail[value] && <span className="export__option-hint">{detail[value]}</span>}
          </span>
        </label>
      ))}
      {scope === 'selected' && (
        <IssueChecklist issues={issues} chosen={props.chosen} onChange={props.onChosen} />
      )}
    </fieldset>
  )
}
