import { useEffect, useRef } from 'react'
import { entityTypes, type DictionaryEntry, type EntityType } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { describeMention, typeLabelKey } from './entity-labels'
import type { MenuState } from './use-entity-menu'

interface EntityMenuProps {
  menu: MenuState
  /** Records a correction; `issueId` non-null limits a rejection to that issue. */
  onCorrect: (entry: DictionaryEntry, issueId: string | null) => void
  onClose: () => void
}

function TypeButtons(props: {
  testId: 'mark-as' | 'change-type'
  except?: EntityType
  onPick: (type: EntityType) => void
}) {
  const { t } = useI18n()
  return (
    <div className="entity-menu__types">
      {entityTypes
        .filter((type) => type !== props.except)
        .map((type) => (
          <button
            type="button"
            key={type}
            className="entity-menu__type"
            data-testid={props.testId}
            data-entity-type={type}
            onClick={() => props.onPick(type)}
          >
            <span className="entity-swatch" data-entity-type={type} aria-hidden="true" />
            {t(typeLabelKey[type])}
          </button>
        ))}
    </div>
  )
}

/** The correction popover: "mark as …" for a selection; change type or reject for a highlight. */
export function EntityMenu({ menu, onCorrect, onClose }: EntityMenuProps) {
  const { t } = useI18n()
  const panel = useRef<HTMLDivElement>(null)
  const { target } = menu
  const act = (entry: DictionaryEntry, issueId: string | null = null) => {
    onCorrect(entry, issueId)
    onClose()
  }

  // A highlight's menu takes focus so the keyboard can reach it; a selection's does not, so
  // Shift+arrows can go on extending the selection.
  useEffect(() => {
    if (target.kind === 'mention') panel.current?.querySelector('button')?.focus()
  }, [target])

  const x = Math.max(8, Math.min(menu.x, window.innerWidth - 280))
  return (
    <div
      ref={panel}
      className="entity-menu"
      role="dialog"
      aria-label={t('menu.label')}
      data-testid="entity-menu"
      style={{ left: x, top: menu.y }}
    >
      {target.kind === 'selection' ? (
        target.valid ? (
          <>
            <p className="entity-menu__heading" lang="zh-CN">
              {t('menu.markAs', { text: target.text })}
            </p>
            <TypeButtons
              testId="mark-as"
              onPick={(type) => act({ kind: 'add', text: target.text, type })}
            />
          </>
        ) : (
          <p className="entity-menu__hint">{t('menu.tooLong')}</p>
        )
      ) : (
        <>
          <p className="entity-menu__heading">
            <strong lang="zh-CN">{target.mention.text}</strong> ·{' '}
            {describeMention(t, target.mention)}
          </p>
          <p className="entity-menu__label">{t('menu.changeType')}</p>
          <TypeButtons
            testId="change-type"
            except={target.mention.type}
            onPick={(type) => act({ kind: 'add', text: target.mention.text, type })}
          />
          <p className="entity-menu__label">{t('menu.reject')}</p>
          <div className="entity-menu__types">
            <button
              type="button"
              className="entity-menu__type"
              data-testid="reject-entity"
              data-scope="everywhere"
              onClick={() => act({ kind: 'reject', text: target.mention.text, type: null })}
            >
              {t('menu.rejectEverywhere')}
            </button>
            <button
              type="button"
              className="entity-menu__type"
              data-testid="reject-entity"
              data-scope="issue"
              onClick={() =>
                act({ kind: 'reject', text: target.mention.text, type: null }, menu.issueId)
              }
            >
              {t('menu.rejectIssue')}
            </button>
          </div>
        </>
      )}
    </div>
  )
}
