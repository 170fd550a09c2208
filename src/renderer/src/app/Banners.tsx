import { useState } from 'react'
import { Alert } from '../components/Alert'
import { useI18n } from '../i18n/i18n'

const DISMISSED_KEY = 'gloss.dismissedNotices'

function loadDismissed(): string[] {
  try {
    const raw = sessionStorage.getItem(DISMISSED_KEY)
    return raw ? (JSON.parse(raw) as string[]) : []
  } catch {
    return []
  }
}

/** Start-up notices from the host, each shown once until dismissed (also across a reload of
 * the page), and the read-only warning, which stays. */
export function Banners({ notices, readOnly }: { notices: readonly string[]; readOnly: boolean }) {
  const { t } = useI18n()
  const [dismissed, setDismissed] = useState(loadDismissed)

  function dismiss(notice: string) {
    const next = [...dismissed, notice]
    setDismissed(next)
    try {
      sessionStorage.setItem(DISMISSED_KEY, JSON.stringify(next))
    } catch {
      // Storage disabled: dismissed for this page only.
    }
  }

  const shown = notices.filter((n) => !dismissed.includes(n))
  if (!readOnly && shown.length === 0) return null
  return (
    <div className="banners">
      {readOnly && (
        <div className="banner banner--readonly" role="status" data-testid="read-only-banner">
          {t('banner.readOnly')}
        </div>
      )}
      {shown.map((notice) => (
        <Alert key={notice} tone="info" onDismiss={() => dismiss(notice)} testId="notice">
          {notice}
        </Alert>
      ))}
    </div>
  )
}
