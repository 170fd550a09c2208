import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AppInfo } from '../../../shared/contract'
import { useApi } from '../api/context'
import { useQuery } from '../api/use-query'
import { commandSpecs, createCommands } from '../commands'
import { Alert } from '../components/Alert'
import { TaggingLayer } from '../features/annotations/TaggingLayer'
import { AnnotationPanel } from '../features/annotations/AnnotationPanel'
import { TaggingStatus } from '../features/annotations/TaggingStatus'
import { useTagging } from '../features/annotations/use-tagging'
import { ThemePanel } from '../features/themes/ThemePanel'
import { EntityMenu } from '../features/entities/EntityMenu'
import { EntityPanel } from '../features/entities/EntityPanel'
import { entityColourVars } from '../features/entities/entity-colours'
import { useEntityLayer } from '../features/entities/use-entity-layer'
import { ExportDialog } from '../features/export/ExportDialog'
import { DropOverlay } from '../features/import/DropOverlay'
import { ImportControls } from '../features/import/ImportControls'
import type { ImportSummary } from '../features/import/batch'
import { useFileDrop } from '../features/import/use-file-drop'
import { useImport } from '../features/import/use-import'
import { LibraryPane } from '../features/library/LibraryPane'
import { issueName } from '../features/library/issue-format'
import { useLibrary } from '../features/library/use-library'
import { Outline } from '../features/outline/Outline'
import { Reader } from '../features/reader/Reader'
import { partElementOf, partTargetOf } from '../features/reader/part-target'
import { StaleCorrections } from '../features/structure/StaleCorrections'
import { StructureMenu } from '../features/structure/StructureMenu'
import { useStructure } from '../features/structure/use-structure'
import { useReaderNav } from '../features/reader/use-reader-nav'
import { useScrollKeys } from '../features/reader/use-scroll-keys'
import { nextTheme, resolveTheme } from '../features/settings/theme'
import { FONT_DEFAULT, clampFontSize, type SettingsState } from '../features/settings/use-settings'
import { useI18n } from '../i18n/i18n'
import { Banners } from './Banners'
import { HelpOverlay } from './HelpOverlay'
import { Toolbar } from './Toolbar'
import { useMenuCommands } from './use-menu-commands'
import { useShortcuts } from './use-shortcuts'

interface WorkspaceProps {
  appInfo: AppInfo
  settingsState: SettingsState
  systemDark: boolean
}

/** The three columns — library, reader, outline with entities — and what ties them together. */
export function Workspace({ appInfo, settingsState, systemDark }: WorkspaceProps) {
  const api = useApi()
  const { t } = useI18n()
  const { settings, update } = settingsState
  const readOnly = appInfo.readOnly

  const rememberIssue = useCallback((id: string) => update({ lastIssueId: id }), [update])
  const errorText = useMemo(
    () => ({
      remove: (message: string) => t('remove.failed', { message }),
      edit: (message: string) => t('edit.failed', { message }),
    }),
    [t],
  )
  const library = useLibrary(api, {
    lastIssueId: settings.lastIssueId,
    onOpened: rememberIssue,
    errorText,
  })
  const issue = useQuery(library.openId, (id) => api.getIssue({ id }))
  const articles = issue.data?.articles ?? []
  const nav = useReaderNav(library.openId, articles.length)
  const openMeta = library.issues?.find((i) => i.id === library.openId) ?? null
  const layer = useEntityLayer({
    api,
    issueId: library.openId,
    document: issue.data,
    readOnly,
    openIssue: library.open,
  })

  const structureRefresh = useRef<() => void>(() => {})
  // An undone or redone change may have changed recognition itself (learned corrections).
  const entitiesRefresh = useRef<() => void>(() => {})
  const tagging = useTagging({
    api,
    issueId: library.openId,
    bodyRef: layer.bodyRef,
    readOnly,
    author: settings.author,
    updateSettings: update,
    onIssueChanged: useCallback(() => {
      structureRefresh.current()
      entitiesRefresh.current()
    }, []),
  })
  const { refresh: refreshIssue } = issue
  const { refresh: refreshLibrary } = library
  const structure = useStructure(
    api,
    library.openId,
    tagging.save,
    useCallback(
      () => Promise.all([refreshIssue(), refreshLibrary()]),
      [refreshIssue, refreshLibrary],
    ),
  )
  useEffect(() => {
    structureRefresh.current = () => void structure.refresh()
    entitiesRefresh.current = () => void layer.entities.refresh()
  })
  /** `s`: the structure menu for the line holding the cursor, else the current article's first. */
  const openStructureMenu = () => {
    if (readOnly) return
    const body = layer.bodyRef.current
    const selected = partElementOf(window.getSelection()?.anchorNode ?? null)
    const part =
      (selected && body?.contains(selected) ? selected : null) ??
      body?.querySelector<HTMLElement>(`[data-article-index="${nav.current}"] [data-part-role]`)
    const target = part && partTargetOf(part)
    if (!part || !target) return
    const rect = part.getBoundingClientRect()
    structure.openMenu({ target, x: rect.left, y: rect.bottom + 4 })
  }
  const highlights = {
    ...layer.highlights,
    onClick: (event: React.MouseEvent) =>
      tagging.onReaderClick(event) || layer.highlights.onClick(event),
    onSelectionEnd: () => {
      layer.highlights.onSelectionEnd()
      tagging.selection.capture()
    },
  }

  const { refresh, open } = library
  const onImported = useCallback(
    async (summary: ImportSummary) => {
      await refresh()
      if (summary.openId) open(summary.openId)
    },
    [refresh, open],
  )
  const importer = useImport(api, { appInfo, t, onImported })
  const dragging = useFileDrop(!readOnly, importer.importPicked)
  const [helpOpen, setHelpOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)

  const setFont = (size: number) => update({ fontSize: clampFontSize(size) })
  const toggleTheme = () => update({ theme: nextTheme(settings.theme, systemDark) })
  const commands = createCommands({
    nextArticle: nav.next,
    prevArticle: nav.prev,
    nextIssue: () => library.openAdjacent(1),
    prevIssue: () => library.openAdjacent(-1),
    fontLarger: () => setFont(settings.fontSize + 1),
    fontSmaller: () => setFont(settings.fontSize - 1),
    fontReset: () => setFont(FONT_DEFAULT),
    importFiles: importer.chooseFiles,
    importFolder: importer.chooseFolder,
    toggleTheme,
    ...layer.commands,
    ...tagging.commands,
    export: () => setExportOpen(true),
    structureMenu: openStructureMenu,
    help: () => setHelpOpen(true),
  })
  useShortcuts(commands)
  useMenuCommands(commands)
  useScrollKeys(nav.scrollRef)

  const title = openMeta ? `${issueName(openMeta)} — ${t('app.name')}` : t('app.name')
  useEffect(() => {
    document.title = title
  }, [title])

  return (
    <div
      className={`app${dragging ? ' app--dragging' : ''}`}
      style={entityColourVars(resolveTheme(settings.theme, systemDark))}
    >
      <Toolbar
        settings={settings}
        onFontSmaller={() => setFont(settings.fontSize - 1)}
        onFontLarger={() => setFont(settings.fontSize + 1)}
        onToggleTheme={toggleTheme}
        onLocale={(locale) => update({ locale })}
        onHelp={() => setHelpOpen(true)}
        onExport={() => setExportOpen(true)}
        onAuthor={(author) => update({ author })}
        readOnly={readOnly}
        status={<TaggingStatus history={tagging.history} save={tagging.save} />}
      />
      <Banners notices={appInfo.notices} readOnly={readOnly} />
      {settingsState.error && (
        <Alert onDismiss={settingsState.dismissError}>
          {t('settings.failed', { message: settingsState.error })}
        </Alert>
      )}
      <div className="workspace">
        <div className="left">
          <LibraryPane
            library={library}
            readOnly={readOnly}
            importControls={<ImportControls importer={importer} />}
          />
          <ThemePanel
            state={tagging.codebook}
            canTag={tagging.selection.pending !== null}
            readOnly={readOnly}
            onTag={tagging.tag}
          />
        </div>
        <Reader
          meta={openMeta}
          document={issue.data}
          loading={issue.loading}
          error={issue.error}
          current={nav.current}
          fontSize={settings.fontSize}
          scrollRef={nav.scrollRef}
          highlights={highlights}
          bodyRef={layer.bodyRef}
          marks={tagging.marks}
          onStructureMenu={readOnly ? undefined : structure.openMenu}
        />
        <div className="side">
          {articles.length > 0 ? (
            <Outline
              articles={articles}
              current={nav.current}
              onSelect={nav.goTo}
              footer={
                <StaleCorrections
                  stale={structure.stale}
                  readOnly={readOnly}
                  onRemove={(id) => void structure.remove(id)}
                />
              }
            />
          ) : (
            <div className="pane outline outline--empty" aria-hidden="true" />
          )}
          <EntityPanel
            issueId={library.openId}
            entities={layer.entities}
            focus={layer.focus}
            legend={layer.legend}
            readOnly={readOnly}
            onOpenMention={layer.openMention}
            panelRef={layer.panelRef}
            onLearned={tagging.history.refresh}
          />
          <AnnotationPanel
            anchored={tagging.annotations.anchored}
            orphans={tagging.annotations.orphans}
            themes={tagging.themes}
            selectedId={tagging.selectedId}
            canPlace={tagging.selection.pending !== null}
            readOnly={readOnly}
            onOpen={(id) => tagging.open(id, true)}
            onPlaceOrphan={tagging.placeOrphan}
            onDeleteOrphan={(id) => void tagging.removeAnnotation(id)}
            listRef={tagging.listRef}
          />
        </div>
      </div>
      <TaggingLayer tagging={tagging} readOnly={readOnly} author={settings.author} />
      {layer.menu.menu && (
        <EntityMenu
          menu={layer.menu.menu}
          onCorrect={(entry, scope) => void layer.entities.correct(entry, scope)}
          onClose={layer.menu.close}
        />
      )}
      {structure.menu && (
        <StructureMenu
          request={structure.menu}
          onEdit={(at, edit) => void structure.correct(at, edit)}
          onClose={structure.closeMenu}
        />
      )}
      {dragging && <DropOverlay />}
      {helpOpen && <HelpOverlay commands={commandSpecs} onClose={() => setHelpOpen(false)} />}
      {exportOpen && (
        <ExportDialog
          issues={library.issues ?? []}
          openId={library.openId}
          host={appInfo.host}
          readOnly={readOnly}
          onLibraryChanged={async () => {
            await refresh()
            await tagging.refreshAll()
          }}
          onClose={() => setExportOpen(false)}
        />
      )}
    </div>
  )
}
