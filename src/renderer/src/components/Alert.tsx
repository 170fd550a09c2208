import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'

interface AlertProps {
  children: ReactNode
  onDismiss?: () => void
  tone?: 'error' | 'info'
  testId?: string
}

/** A message that stays until the user dismisses it. Errors are `role="alert"`. */
export function Alert({ children, onDismiss, tone = 'error', testId }: AlertProps) {
  const { t } = useI18n()
  return (
    <div
      className={`alert alert--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <div className="alert__body">{children}</div>
      {onDismiss && (
        <button
          type="button"
          className="alert__dismiss"
          onClick={onDismiss}
          aria-label={t('common.dismiss')}
          title={t('common.dismiss')}
        >
          ×
        </button>
      )}
    </div>
  )
}
