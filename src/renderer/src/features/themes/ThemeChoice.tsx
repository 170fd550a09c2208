import type { Codebook } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { themeDepths, themeName } from '../../../../shared/domain/theme-queries'

interface ThemeChoiceProps {
  codebook: Codebook
  /** Themes that cannot be chosen (the one being merged or deleted). */
  exclude: string
  value: string
  onChange: (id: string) => void
  testId: string
  label: string
}

/** A select of every other theme, indented by depth. */
export function ThemeChoice({
  codebook,
  exclude,
  value,
  onChange,
  testId,
  label,
}: ThemeChoiceProps) {
  const { locale } = useI18n()
  const depths = themeDepths(codebook)
  return (
    <select
      className="field__input"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
      aria-label={label}
    >
      {codebook.themes
        .filter((t) => t.id !== exclude)
        .map((t) => (
          <option key={t.id} value={t.id}>
            {'\u2003'.repeat(depths.get(t.id) ?? 0)}
            {themeName(t, locale)}
          </option>
        ))}
    </select>
  )
}
