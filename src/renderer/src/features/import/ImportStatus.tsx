import { DismissButton } from '../../components/DismissButton'
import { useI18n, type Translate } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/en'
import type { ImportSummary } from './batch'
import type { ImportState } from './use-import'

function summaryLine(summary: ImportSummary, t: Translate): string {
  const parts: string[] = []
  if (summary.imported > 0 || (summary.duplicates === 0 && summary.skipped.length === 0))
    parts.push(t('import.imported', { n: summary.imported }))
  if (summary.duplicates > 0) parts.push(t('import.duplicates', { n: summary.duplicates }))
  if (summary.skipped.length > 0) parts.push(t('import.skipped', { n: summary.skipped.length }))
  return parts.join(t('common.listSeparator'))
}

const knownCodes = new Set([
  'file-empty',
  'file-too-large',
  'file-binary',
  'file-undecodable',
  'file-unreadable',
  'file-unparsable',
  'file-unsupported',
])

function reasonLabel(code: string, t: Translate): string {
  const key = (knownCodes.has(code) ? `errorCode.${code}` : 'errorCode.other') as MessageKey
  return t(key)
}

interface ImportStatusProps {
  state: ImportState
  onDismiss: () => void
}

/** Progress while importing; afterwards a summary that stays until dismissed. */
export function ImportStatus({ state, onDismiss }: ImportStatusProps) {
  const { t } = useI18n()
  if (state.phase === 'idle') return null

  const dismiss = <DismissButton onDismiss={onDismiss} />

  if (state.phase === 'running') {
    return (
      <div className="import-status" data-testid="import-status" role="status">
        <p>{t('import.progress', { done: state.done, total: state.total })}</p>
        <progress className="import-status__bar" value={state.done} max={state.total} />
      </div>
    )
  }

  if (state.phase === 'failed') {
    return (
      <div className="import-status alert alert--error" data-testid="import-status" role="alert">
        <div className="alert__body">{state.message}</div>
        {dismiss}
      </div>
    )
  }

  const { summary } = state
  const hasProblems = summary.skipped.length > 0
  return (
    <div
      className={`import-status alert ${hasProblems ? 'alert--error' : 'alert--info'}`}
      data-testid="import-status"
      role={hasProblems ? 'alert' : 'status'}
    >
      <div className="alert__body">
        <p className="import-status__summary">{summaryLine(summary, t)}</p>
        {hasProblems && (
          <>
            <p className="import-status__heading">{t('import.skippedTitle')}</p>
            <ul className="import-status__skipped">
              {summary.skipped.map((file, i) => (
                <li key={`${file.name}-${i}`} data-testid="import-skipped">
                  <span className="import-status__name">{file.name}</span> —{' '}
                  <span className="import-status__reason">{reasonLabel(file.code, t)}</span>
                  {file.message && <span className="import-status__message">{file.message}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        {summary.ignored > 0 && (
          <p className="import-status__note">{t('import.ignored', { n: summary.ignored })}</p>
        )}
      </div>
      {dismiss}
    </div>
  )
}
