import { useI18n } from '../../i18n/i18n'
import { historyLabel } from './history-label'
import type { History } from './use-history'
import type { SaveState } from './use-save-state'

/** Undo / redo (labelled with what they revert) and whether changes are saved. */
export function TaggingStatus({ history, save }: { history: History; save: SaveState }) {
  const { t } = useI18n()
  const { state } = history
  const undoTitle = state.undoLabel
    ? t('history.undoWhat', { what: historyLabel(t, state.undoLabel) })
    : t('history.undo')
  const redoTitle = state.redoLabel
    ? t('history.redoWhat', { what: historyLabel(t, state.redoLabel) })
    : t('history.redo')
  return (
    <div className="tagging-status">
      <button
        type="button"
        className="tool-button"
        data-testid="undo"
        disabled={!state.canUndo}
        onClick={history.undo}
        aria-label={undoTitle}
        title={undoTitle}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="tool-button"
        data-testid="redo"
        disabled={!state.canRedo}
        onClick={history.redo}
        aria-label={redoTitle}
        title={redoTitle}
      >
        <span aria-hidden="true">↷</span>
      </button>
      <span
        className={`save-state save-state--${save.status}`}
        data-testid="save-state"
        data-state={save.status}
        role="status"
        title={save.error ?? undefined}
      >
        {t(`save.${save.status}`)}
        {save.status === 'error' && (
          <button
            type="button"
            className="link-button"
            data-testid="save-retry"
            onClick={save.retry}
          >
            {t('save.retry')}
          </button>
        )}
      </span>
    </div>
  )
}
