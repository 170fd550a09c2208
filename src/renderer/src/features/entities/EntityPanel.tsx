import { useMemo, useState, type RefObject } from 'react'
import type { LibraryMention } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { useApi } from '../../api/context'
import { Alert } from '../../components/Alert'
import { useI18n } from '../../i18n/i18n'
import { DictionaryList } from './DictionaryList'
import { EntityDetail } from './EntityDetail'
import { EntityLegend } from './EntityLegend'
import { typeLabelKey } from './entity-labels'
import { groupEntities } from './group-entities'
import { LearnDialog } from './LearnDialog'
import type { EntityFocus } from './use-entity-focus'
import type { IssueEntities } from './use-issue-entities'
import type { Legend } from './use-legend'

interface EntityPanelProps {
  issueId: string | null
  entities: IssueEntities
  focus: EntityFocus
  legend: Legend
  readOnly: boolean
  onOpenMention: (mention: LibraryMention) => void
  /** Focused by the Shift+E shortcut. */
  panelRef: RefObject<HTMLElement | null>
  /** Learned recognition was applied (an undoable step: the history changed). */
  onLearned?: () => void
}

/** The open issue's entities by type with counts; a click steps through an entity's mentions. */
export function EntityPanel({
  issueId,
  entities,
  focus,
  legend,
  readOnly,
  onOpenMention,
  panelRef,
  onLearned,
}: EntityPanelProps) {
  const { t } = useI18n()
  const api = useApi()
  const [learning, setLearning] = useState(false)
  const groups = useMemo(() => groupEntities(entities.mentions), [entities.mentions])
  const { selected } = focus
  return (
    <section
      className="pane entity-panel"
      data-testid="entity-panel"
      aria-label={t('entities.label')}
      aria-busy={entities.loading}
      ref={panelRef}
      tabIndex={-1}
    >
      <header className="pane__header">
        <h2 className="pane__title">{t('entities.title')}</h2>
        {entities.loading && (
          <span className="entity-panel__loading" role="status" data-testid="entities-loading">
            {t('entities.loading')}
          </span>
        )}
      </header>
      <EntityLegend legend={legend} />
      {entities.failure && (
        <Alert onDismiss={entities.dismissFailure}>
          {t('entities.correctionFailed', { message: entities.failure })}
        </Alert>
      )}
      {entities.error != null && (
        <Alert>{t('entities.failed', { message: errorMessage(entities.error) })}</Alert>
      )}
      {!issueId && <p className="entity-panel__status">{t('entities.noIssue')}</p>}
      {issueId && !entities.loading && entities.error == null && groups.length === 0 && (
        <p className="entity-panel__status">{t('entities.none')}</p>
      )}
      {groups.map((group) => (
        <section className="entity-group" key={group.type} aria-labelledby={`eg-${group.type}`}>
          <h3 className="entity-group__title" id={`eg-${group.type}`}>
            <span className="entity-swatch" data-entity-type={group.type} aria-hidden="true" />
            {t('entities.group', { type: t(typeLabelKey[group.type]), n: group.entities.length })}
          </h3>
          <ul className="entity-group__list" lang="zh-CN">
            {group.entities.map((entity) => {
              const isSelected = selected?.text === entity.text && selected.type === entity.type
              return (
                <li key={entity.text}>
                  <button
                    type="button"
                    className="entity-row"
                    data-testid="entity-row"
                    data-entity-text={entity.text}
                    data-entity-type={entity.type}
                    data-entity-count={entity.count}
                    aria-pressed={isSelected}
                    onClick={() => focus.select(entity)}
                  >
                    <span className="entity-row__text">{entity.text}</span>
                    <span
                      className="entity-row__count"
                      aria-label={t('entities.mentions', { n: entity.count })}
                    >
                      {entity.count}
                    </span>
                  </button>
                  {isSelected && (
                    <EntityDetail
                      entity={entity}
                      focus={focus}
                      version={entities.version}
                      onOpenMention={onOpenMention}
                    />
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      <DictionaryList
        entries={entities.dictionary}
        issueId={issueId}
        readOnly={readOnly}
        onRemove={(id) => void entities.removeEntry(id)}
      />
      {issueId && !readOnly && entities.dictionary.length > 0 && (
        <button
          type="button"
          className="button"
          data-testid="improve-recognition"
          onClick={() => setLearning(true)}
        >
          {t('learning.open')}
        </button>
      )}
      {learning && issueId && (
        <LearnDialog
          api={api}
          issueId={issueId}
          onApplied={() => {
            void entities.refresh()
            onLearned?.()
          }}
          onClose={() => setLearning(false)}
        />
      )}
    </section>
  )
}
