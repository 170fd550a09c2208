import { commandSpecs, formatBinding, isMacPlatform } from '../../commands'
import { useI18n } from '../../i18n/i18n'

/** The toolbar's Export button; its tooltip shows the registry's shortcut (Ctrl+E / ⌘E). */
export function ExportButton({ onExport }: { onExport: () => void }) {
  const { t } = useI18n()
  const binding = commandSpecs.find((c) => c.id === 'export')?.keys[0]
  const mac = isMacPlatform()
  const keys = binding ? formatBinding(binding, mac) : ''
  return (
    <button
      type="button"
      className="button"
      data-testid="open-export"
      onClick={onExport}
      title={t('toolbar.export', { keys })}
      aria-keyshortcuts={mac ? 'Meta+E' : 'Control+E'}
    >
      {t('toolbar.exportShort')}
    </button>
  )
}
