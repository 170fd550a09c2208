import { useI18n } from '../../i18n/i18n'

export function DropOverlay() {
  const { t } = useI18n()
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">{t('import.dropTitle')}</p>
        <p className="drop-overlay__hint">{t('import.dropHint')}</p>
      </div>
    </div>
  )
}
