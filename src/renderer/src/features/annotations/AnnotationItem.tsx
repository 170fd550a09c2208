import type { Annotation, Theme } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { themeName } from '../../../../shared/domain/theme-queries'

const EXCERPT = 60

export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

interface AnnotationItemProps {
  annotation: Annotation
  themesById: ReadonlyMap<string, Theme>
  selected: boolean
  onOpen: () => void
}

/** A row of the annotation list: quote, theme chips, memo excerpt. */
export function AnnotationItem({ annotation, themesById, selected, onOpen }: AnnotationItemProps) {
  const { t, locale } = useI18n()
  return (
    <li
      className={`annotation-item${selected ? ' annotation-item--selected' : ''}`}
      data-testid="annotation-item"
      data-annotation-id={annotation.id}
    >
      <button
        type="button"
        className="annotation-item__open"
        onClick={onOpen}
        aria-current={selected || undefined}
      >
        <span className="annotation-item__quote" lang="zh-CN">
          {excerpt(annotation.selector.exact)}
        </span>
        <span className="annotation-item__themes">
          {annotation.themeIds.length === 0 && (
            <span className="chip chip--empty">{t('annotations.noThemes')}</span>
          )}
          {annotation.themeIds.map((id) => {
            const theme = themesById.get(id)
            return (
              <span
                key={id}
                className="chip"
                style={{ borderColor: theme?.colour }}
                data-theme-id={id}
              >
                {theme ? themeName(theme, locale) : id}
              </span>
            )
          })}
        </span>
        {annotation.memo && (
          <span className="annotation-item__memo">{excerpt(annotation.memo)}</span>
        )}
      </button>
    </li>
  )
}
