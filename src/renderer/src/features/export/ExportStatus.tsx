import { useEffect, useRef } from 'react'
import { Alert } from '../../components/Alert'
import { useI18n } from '../../i18n/i18n'
import type { ExportRun } from './use-export'

/** What the last export did: running (indeterminate progress), saved or downloaded files (as
 * selectable text), or failed (an alert; the form is kept). Progress and result take the focus,
 * since the run button they replace as focus is disabled meanwhile (and Escape must still reach
 * the dialog to ask before closing). */
export function ExportStatus({ run, onDismiss }: { run: ExportRun; onDismiss: () => void }) {
  const { t } = useI18n()
  const region = useRef<HTMLDivElement>(null)
  const { status } = run
  useEffect(() => {
    if (status === 'running' || status === 'saved' || status === 'downloaded')
      region.current?.focus()
  }, [status])

  switch (run.status) {
    case 'idle':
      return null
    case 'running': {
      const label = t('export.progress', { n: run.issueCount })
      return (
        <div
          ref={region}
          tabIndex={-1}
          className="export__progress"
          role="status"
          data-testid="export-progress"
        >
          <progress className="export__bar" aria-label={label} />
          <p>{label}</p>
        </div>
      )
    }
    case 'failed':
      return (
        <Alert onDismiss={onDismiss} testId="export-error">
          {t('export.failed', { message: run.message })}
        </Alert>
      )
    default: {
      const items = run.status === 'saved' ? run.paths : run.names
      return (
        <div
          ref={region}
          tabIndex={-1}
          className="export__result"
          role="status"
          data-testid="export-result"
        >
          <p className="export__result-title">
            {t(run.status === 'saved' ? 'export.saved' : 'export.downloaded')}
          </p>
          <ul className="export__paths">
            {items.map((item) => (
              <li key={item}>
                <code className="export__path">{item}</code>
              </li>
            ))}
          </ul>
        </div>
      )
    }
  }
}
