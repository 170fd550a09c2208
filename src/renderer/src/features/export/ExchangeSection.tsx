import { useId, useRef, type ChangeEvent } from 'react'
import type { ExchangeSummary } from '../../../../shared/contract'
import { Alert } from '../../components/Alert'
import { useI18n, type Translate } from '../../i18n/i18n'
import type { ExchangeState } from './use-exchange'

interface ExchangeSectionProps {
  state: ExchangeState
  onFile: (file: File) => void
  disabled: boolean
  readOnly: boolean
}

/** "3 issues, 2 themes and 41 annotations added; 5 duplicates skipped" */
export function summaryText(t: Translate, s: ExchangeSummary): string {
  const added = t('exchange.added', {
    issues: t('exchange.issues', { n: s.issuesAdded }),
    themes: t('exchange.themes', { n: s.themesAdded }),
    annotations: t('exchange.annotations', { n: s.annotationsAdded }),
  })
  return s.duplicatesSkipped > 0
    ? added + t('exchange.duplicates', { n: s.duplicatesSkipped })
    : added
}

/** Merging a colleague's Gloss JSON export: a file input, then what was added and what not. */
export function ExchangeSection({ state, onFile, disabled, readOnly }: ExchangeSectionProps) {
  const { t } = useI18n()
  const input = useRef<HTMLInputElement>(null)
  const titleId = useId()

  function onPicked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0]
    // Reset so choosing the same file again fires `change` again.
    event.currentTarget.value = ''
    if (file) onFile(file)
  }

  return (
    <section className="export__exchange" aria-labelledby={titleId}>
      <h3 id={titleId} className="export__legend">
        {t('exchange.title')}
      </h3>
      <p className="export__muted">{readOnly ? t('exchange.readOnly') : t('exchange.hint')}</p>
      <button
        type="button"
        className="button"
        data-testid="exchange-choose"
        disabled={disabled || readOnly}
        onClick={() => input.current?.click()}
      >
        {t('exchange.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        data-testid="exchange-input"
        disabled={disabled || readOnly}
        onChange={onPicked}
      />
      {state.status === 'running' && (
        <p className="export__muted" role="status">
          {t('exchange.reading', { name: state.name })}
        </p>
      )}
      {state.status === 'failed' && <Alert testId="exchange-error">{state.message}</Alert>}
      {state.status === 'done' && (
        <div className="export__result" role="status" data-testid="exchange-summary">
          <p className="export__result-title">{summaryText(t, state.summary)}</p>
          {state.summary.problems.length > 0 && (
            <>
              <p className="export__muted">{t('exchange.problems')}</p>
              <ul className="export__problems">
                {state.summary.problems.map((problem, i) => (
                  <li key={i} data-testid="exchange-problem">
                    {problem}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  )
}
