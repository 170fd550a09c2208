import { useMemo, useState, type RefObject } from 'react'
import type { Theme } from '../../../../shared/model'
import { Alert } from '../../components/Alert'
import { useI18n } from '../../i18n/i18n'
import { CodebookFileControls } from './CodebookFileControls'
import { ThemeDialogs, type ThemeDialogState } from './ThemeDialogs'
import { ThemeItem, type ThemeAction } from './ThemeItem'
import {
  filterThemes,
  shortcutMap,
  siblingIds,
  themeDepths,
} from '../../../../shared/domain/theme-queries'
import type { CodebookState } from './use-codebook'

interface ThemePanelProps {
  state: CodebookState
  /** True while text is selected in the reader: clicking a theme tags it. */
  canTag: boolean
  readOnly: boolean
  onTag: (themeId: string) => void
  panelRef?: RefObject<HTMLElement | null>
}

/** The codebook beside the text: find, tag with, and edit themes. */
export function ThemePanel({ state, canTag, readOnly, onTag, panelRef }: ThemePanelProps) {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const [dialog, setDialog] = useState<ThemeDialogState>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const { codebook } = state
  const shown = useMemo(() => (codebook ? filterThemes(codebook, query) : []), [codebook, query])
  const keys = useMemo(() => (codebook ? shortcutMap(codebook) : new Map()), [codebook])
  const depths = useMemo(() => (codebook ? themeDepths(codebook) : new Map()), [codebook])

  const act = (theme: Theme, action: ThemeAction) => {
    if (!codebook) return
    if (action === 'up' || action === 'down') {
      const index = siblingIds(codebook, theme).indexOf(theme.id) + (action === 'up' ? -1 : 1)
      if (index >= 0) void state.move({ id: theme.id, parentId: theme.parentId, index })
      return
    }
    setDialog({ kind: action, theme })
  }

  const importJson = async (json: string) => {
    const result = await state.importJson(json)
    if (result) setNotice(t('themes.imported', { added: result.added, updated: result.updated }))
  }

  return (
    <section
      className="pane theme-panel"
      data-testid="theme-panel"
      aria-labelledby="theme-panel-title"
      ref={panelRef}
      tabIndex={-1}
    >
      <header className="pane__header">
        <h2 id="theme-panel-title" className="pane__title">
          {t('themes.title')}
        </h2>
        {!readOnly && (
          <button
            type="button"
            className="link-button"
            data-testid="add-theme"
            onClick={() => setDialog({ kind: 'add' })}
          >
            {t('themes.add')}
          </button>
        )}
      </header>
      <div className="theme-panel__tools">
        <input
          type="search"
          className="field__input theme-panel__filter"
          data-testid="theme-filter"
          placeholder={t('themes.filter')}
          aria-label={t('themes.filter')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="theme-panel__hint" aria-live="polite">
          {t(canTag ? 'themes.hintTag' : 'themes.hintSelect')}
        </p>
      </div>
      {state.loadError && <Alert>{state.loadError}</Alert>}
      {notice && (
        <Alert tone="info" onDismiss={() => setNotice(null)} testId="codebook-notice">
          {notice}
        </Alert>
      )}
      <ul className="theme-list" aria-label={t('themes.title')}>
        {shown.map((theme) => (
          <ThemeItem
            key={theme.id}
            theme={theme}
            depth={query.trim() ? 0 : (depths.get(theme.id) ?? 0)}
            shortcut={keys.get(theme.id)}
            canTag={canTag}
            readOnly={readOnly}
            onTag={() => onTag(theme.id)}
            onAction={(action) => act(theme, action)}
          />
        ))}
      </ul>
      {codebook && shown.length === 0 && (
        <p className="theme-panel__empty">{t('themes.noMatch')}</p>
      )}
      <CodebookFileControls readOnly={readOnly} onImport={importJson} onExport={state.exportFile} />
      {codebook && (
        <ThemeDialogs
          dialog={dialog}
          codebook={codebook}
          state={state}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  )
}
