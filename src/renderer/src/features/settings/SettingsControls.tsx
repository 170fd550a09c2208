import type { Settings } from '../../../../shared/contract'
import { useI18n } from '../../i18n/i18n'
import { FONT_MAX, FONT_MIN } from './use-settings'
import type { ThemeSetting } from './theme'

interface FontControlsProps {
  size: number
  onSmaller: () => void
  onLarger: () => void
}

export function FontControls({ size, onSmaller, onLarger }: FontControlsProps) {
  const { t } = useI18n()
  return (
    <div className="font-controls" role="group" aria-label={t('toolbar.fontSize', { size })}>
      <button
        type="button"
        className="tool-button"
        data-testid="font-smaller"
        onClick={onSmaller}
        disabled={size <= FONT_MIN}
        aria-label={t('toolbar.fontSmaller')}
        title={t('toolbar.fontSmaller')}
      >
        A<span aria-hidden="true">−</span>
      </button>
      <output className="font-size" aria-live="polite" title={t('toolbar.fontSize', { size })}>
        {size}
      </output>
      <button
        type="button"
        className="tool-button tool-button--large"
        data-testid="font-larger"
        onClick={onLarger}
        disabled={size >= FONT_MAX}
        aria-label={t('toolbar.fontLarger')}
        title={t('toolbar.fontLarger')}
      >
        A<span aria-hidden="true">+</span>
      </button>
    </div>
  )
}

const themeIcon: Record<ThemeSetting, string> = { system: '◐', light: '☀', dark: '☾' }

export function ThemeToggle({ theme, onToggle }: { theme: ThemeSetting; onToggle: () => void }) {
  const { t } = useI18n()
  const label = t('toolbar.theme', { theme: t(`theme.${theme}`) })
  return (
    <button
      type="button"
      className="tool-button"
      data-testid="theme-toggle"
      data-theme-setting={theme}
      onClick={onToggle}
      aria-label={label}
      title={label}
    >
      <span aria-hidden="true">{themeIcon[theme]}</span>
    </button>
  )
}

interface LocaleSwitchProps {
  locale: Settings['locale']
  onChange: (locale: Settings['locale']) => void
}

export function LocaleSwitch({ locale, onChange }: LocaleSwitchProps) {
  const { t } = useI18n()
  return (
    <select
      className="locale-switch"
      data-testid="locale-switch"
      aria-label={t('locale.label')}
      title={t('locale.label')}
      value={locale}
      onChange={(e) => onChange(e.target.value as Settings['locale'])}
    >
      <option value="system">{t('locale.system')}</option>
      <option value="zh" lang="zh-CN">
        {t('locale.zh')}
      </option>
      <option value="en" lang="en">
        {t('locale.en')}
      </option>
    </select>
  )
}
