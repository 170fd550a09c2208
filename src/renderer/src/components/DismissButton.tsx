import { useI18n } from '../i18n/i18n'

/** The × that closes a message (alerts, the import summary). */
export function DismissButton({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useI18n()
  return (
    <button
      type="button"
      className="alert__dismiss"
      onClick={onDismiss}
      aria-label={t('common.dismiss')}
      title={t('common.dismiss')}
    >
      ×
    </button>
  )
}
