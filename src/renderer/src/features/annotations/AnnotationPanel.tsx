import { useMemo, useState, type RefObject } from 'react'
import type { Annotation, Theme } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { themeName } from '../../../../shared/domain/theme-queries'
import { AnnotationItem } from './AnnotationItem'
import { OrphanList } from './OrphanList'

interface AnnotationPanelProps {
  anchored: readonly Annotation[]
  orphans: readonly Annotation[]
  themes: readonly Theme[]
  selectedId: string | null
  canPlace: boolean
  readOnly: boolean
  onOpen: (id: string) => void
  onPlaceOrphan: (id: string) => void
  onDeleteOrphan: (id: string) => void
  /** Focused by the `a` shortcut. */
  listRef: RefObject<HTMLUListElement | null>
}

const ALL = ''

/** The open issue's annotations, filterable by theme; then its orphans. */
export function AnnotationPanel(props: AnnotationPanelProps) {
  const { anchored, orphans, themes, selectedId, listRef } = props
  const { t, locale } = useI18n()
  const [filter, setFilter] = useState(ALL)
  const themesById = useMemo(() => new Map(themes.map((th) => [th.id, th])), [themes])
  const used = useMemo(() => {
    const ids = new Set(anchored.flatMap((a) => a.themeIds))
    return themes.filter((th) => ids.has(th.id))
  }, [anchored, themes])
  const active = filter !== ALL && themesById.has(filter) ? filter : ALL
  const shown = active ? anchored.filter((a) => a.themeIds.includes(active)) : anchored

  return (
    <section className="pane annotation-panel" aria-labelledby="annotation-panel-title">
      <header className="pane__header">
        <h2 id="annotation-panel-title" className="pane__title">
          {t('annotations.title')}
        </h2>
        <span className="annotation-panel__count">
          {t('annotations.count', { n: shown.length })}
        </span>
      </header>
      <div className="annotation-panel__tools">
        <select
          className="field__input"
          data-testid="annotation-filter"
          aria-label={t('annotations.filter')}
          value={active}
          onChange={(e) => setFilter(e.target.value)}
        >
          <option value={ALL}>{t('annotations.allThemes')}</option>
          {used.map((th) => (
            <option key={th.id} value={th.id}>
              {themeName(th, locale)}
            </option>
          ))}
        </select>
      </div>
      <ul
        className="annotation-list"
        data-testid="annotation-list"
        ref={listRef}
        tabIndex={-1}
        aria-label={t('annotations.title')}
      >
        {shown.map((a) => (
          <AnnotationItem
            key={a.id}
            annotation={a}
            themesById={themesById}
            selected={a.id === selectedId}
            onOpen={() => props.onOpen(a.id)}
          />
        ))}
      </ul>
      {anchored.length === 0 && <p className="annotation-panel__empty">{t('annotations.empty')}</p>}
      <OrphanList
        orphans={orphans}
        canPlace={props.canPlace}
        readOnly={props.readOnly}
        onPlace={props.onPlaceOrphan}
        onDelete={props.onDeleteOrphan}
      />
    </section>
  )
}
