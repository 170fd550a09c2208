import { useState } from 'react'
import type { LibraryMention } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { LibraryMentions } from './LibraryMentions'
import type { EntityFocus, EntityKey } from './use-entity-focus'

interface EntityDetailProps {
  entity: EntityKey
  focus: EntityFocus
  version: number
  onOpenMention: (mention: LibraryMention) => void
}

/** Under the selected entity: where we are among its mentions, and the library search. */
export function EntityDetail({ entity, focus, version, onOpenMention }: EntityDetailProps) {
  const { t } = useI18n()
  const [searched, setSearched] = useState<string | null>(null)
  const id = JSON.stringify([entity.text, entity.type])
  const n = focus.occurrences.length
  return (
    <div className="entity-detail">
      {n > 0 && (
        <div className="entity-detail__steps">
          <button
            type="button"
            className="icon-button"
            aria-label={t('entities.prev')}
            title={t('entities.prev')}
            onClick={() => focus.step(-1)}
          >
            ‹
          </button>
          <span className="entity-detail__position" aria-live="polite">
            {focus.position >= 0 ? t('entities.position', { at: focus.position + 1, n }) : ''}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('entities.next')}
            title={t('entities.next')}
            onClick={() => focus.step(1)}
          >
            ›
          </button>
        </div>
      )}
      {searched === id ? (
        <LibraryMentions
          text={entity.text}
          type={entity.type}
          version={version}
          onOpen={onOpenMention}
        />
      ) : (
        <button
          type="button"
          className="button button--small"
          data-testid="entity-library-search"
          onClick={() => setSearched(id)}
        >
          {t('entities.searchLibrary')}
        </button>
      )}
    </div>
  )
}
