import type { Annotation } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { excerpt } from './AnnotationItem'

interface OrphanListProps {
  orphans: readonly Annotation[]
  /** True while text is selected in the reader: an orphan can be placed on it. */
  canPlace: boolean
  readOnly: boolean
  onPlace: (id: string) => void
  onDelete: (id: string) => void
}

/** Annotations a corrected text could not place, with their quote, to place again or delete. */
export function OrphanList({ orphans, canPlace, readOnly, onPlace, onDelete }: OrphanListProps) {
  const { t } = useI18n()
  if (orphans.length === 0) return null
  return (
    <div className="orphans" data-testid="orphan-list">
      <h3 className="orphans__title">{t('annotations.orphans', { n: orphans.length })}</h3>
      <p className="orphans__hint">{t('annotations.orphansHint')}</p>
      <ul className="orphans__list">
        {orphans.map((a) => (
          <li
            key={a.id}
            className="orphan-item"
            data-testid="orphan-item"
            data-annotation-id={a.id}
          >
            <q className="orphan-item__quote" lang="zh-CN">
              {excerpt(a.selector.exact, 80)}
            </q>
            {!readOnly && (
              <span className="orphan-item__actions">
                <button
                  type="button"
                  className="button"
                  data-testid="place-orphan"
                  disabled={!canPlace}
                  // Keep the reader's selection: placing uses it.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onPlace(a.id)}
                  title={canPlace ? undefined : t('annotations.placeHint')}
                >
                  {t('annotations.place')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  data-testid="delete-orphan"
                  onClick={() => onDelete(a.id)}
                >
                  {t('annotations.delete')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
