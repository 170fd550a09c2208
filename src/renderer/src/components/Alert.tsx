import type { ReactNode } from 'react'
import { DismissButton } from './DismissButton'

interface AlertProps {
  children: ReactNode
  onDismiss?: () => void
  tone?: 'error' | 'info'
  testId?: string
}

/** A message that stays until the user dismisses it. Errors are `role="alert"`. */
export function Alert({ children, onDismiss, tone = 'error', testId }: AlertProps) {
  return (
    <div
      className={`alert alert--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <div className="alert__body">{children}</div>
      {onDismiss && <DismissButton onDismiss={onDismiss} />}
    </div>
  )
}
