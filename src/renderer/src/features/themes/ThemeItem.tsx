import type { CSSProperties, MouseEvent } from 'react'
import type { Theme } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { themeName } from '../../../../shared/domain/theme-queries'

export type ThemeAction = 'edit' | 'merge' | 'delete' | 'up' | 'down'

interface ThemeItemProps {
  theme: Theme
  depth: number
  /** 1–9 when the theme is on a number key. */
  shortcut: number | undefined
  /** True while text is selected: a click tags it. */
  canTag: boolean
  readOnly: boolean
  onTag: () => void
  onAction: (action: ThemeAction) => void
}

/** One codebook row: colour, names, number key; a click tags the selection with it. */
export function ThemeItem(props: ThemeItemProps) {
  const { theme, depth, shortcut, canTag, readOnly, onAction } = props
  const { t, locale } = useI18n()
  const name = themeName(theme, locale)
  const other = locale === 'zh' ? theme.name.en : theme.name.zh
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('.theme-item__actions')) return
    props.onTag()
  }
  const action = (kind: ThemeAction, glyph: string, testId?: string) => (
    <button
      type="button"
      className="icon-button"
      data-testid={testId}
      onClick={() => onAction(kind)}
      aria-label={t(`themes.${kind}`, { name })}
      title={t(`themes.${kind}`, { name })}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  )
  return (
    <li
      className={`theme-item${canTag ? ' theme-item--can-tag' : ''}`}
      data-testid="theme-item"
      data-theme-id={theme.id}
      data-shortcut={shortcut}
      style={{ '--theme-colour': theme.colour, '--depth': depth } as CSSProperties}
      // Keep the reader's text selection when the row is pressed (a click tags it).
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <button
        type="button"
        className="theme-item__tag"
        title={theme.description[locale] || theme.description.zh || theme.description.en}
        aria-label={canTag ? t('themes.tagWith', { name }) : name}
      >
        <span className="theme-item__swatch" aria-hidden="true" />
        <span className="theme-item__names">
          <span className="theme-item__name">{name}</span>
          {other && other !== name && <span className="theme-item__other">{other}</span>}
        </span>
        {shortcut !== undefined && (
          <kbd className="theme-item__key" aria-label={t('themes.key', { n: shortcut })}>
            {shortcut}
          </kbd>
        )}
      </button>
      {!readOnly && (
        <span className="theme-item__actions">
          {action('up', '↑')}
          {action('down', '↓')}
          {action('edit', '✎', 'edit-theme')}
          {action('merge', '⇢', 'merge-theme')}
          {action('delete', '×', 'delete-theme')}
        </span>
      )}
    </li>
  )
}
