import type { ReactNode } from 'react'
import type { Settings } from '../../../shared/contract'
import { useI18n } from '../i18n/i18n'
import { FontControls, LocaleSwitch, ThemeToggle } from '../features/settings/SettingsControls'
import { ExportButton } from '../features/export/ExportButton'
import { AuthorButton } from '../features/settings/AuthorButton'

interface ToolbarProps {
  settings: Settings
  onFontSmaller: () => void
  onFontLarger: () => void
  onToggleTheme: () => void
  onLocale: (locale: Settings['locale']) => void
  onHelp: () => void
  onExport: () => void
  onAuthor: (author: string) => void
  readOnly: boolean
  /** Undo/redo and the saved state, shown first among the controls. */
  status?: ReactNode
}

export function Toolbar(props: ToolbarProps) {
  const { t } = useI18n()
  const { settings } = props
  return (
    <header className="toolbar">
      <p className="toolbar__brand">{t('app.name')}</p>
      <div className="toolbar__controls" role="toolbar" aria-label={t('toolbar.label')}>
        {props.status}
        <FontControls
          size={settings.fontSize}
          onSmaller={props.onFontSmaller}
          onLarger={props.onFontLarger}
        />
        <ThemeToggle theme={settings.theme} onToggle={props.onToggleTheme} />
        <LocaleSwitch locale={settings.locale} onChange={props.onLocale} />
        <AuthorButton
          author={settings.author}
          readOnly={props.readOnly}
          onChange={props.onAuthor}
        />
        <ExportButton onExport={props.onExport} />
        <button
          type="button"
          className="tool-button"
          data-testid="help-button"
          onClick={props.onHelp}
          aria-label={t('toolbar.help')}
          title={t('toolbar.help')}
        >
          ?
        </button>
      </div>
    </header>
  )
}
