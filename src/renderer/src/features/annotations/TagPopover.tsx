import type { CSSProperties } from 'react'
import type { Codebook } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { shortcutThemes, themeName } from '../../../../shared/domain/theme-queries'
import type { PendingSelection } from './use-text-selection'

interface TagPopoverProps {
  selection: PendingSelection
  codebook: Codebook
  onTag: (themeId: string) => void
}

/**
 * The number-key themes floating above the selection. Shown by CSS only on windows too narrow
 * for the theme panel, so tagging stays one click (or key) away there.
 */
export function TagPopover({ selection, codebook, onTag }: TagPopoverProps) {
  const { t, locale } = useI18n()
  const style = { left: selection.x, top: Math.max(0, selection.y - 8) } as CSSProperties
  return (
    <div
      className="tag-popover"
      data-testid="tag-popover"
      style={style}
      role="toolbar"
      aria-label={t('themes.tagWithSelection')}
    >
      {shortcutThemes(codebook).map((theme, i) => (
        <button
          key={theme.id}
          type="button"
          className="tag-popover__theme"
          style={{ '--theme-colour': theme.colour } as CSSProperties}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onTag(theme.id)}
          title={themeName(theme, locale)}
        >
          <kbd>{i + 1}</kbd> {themeName(theme, locale)}
        </button>
      ))}
    </div>
  )
}
