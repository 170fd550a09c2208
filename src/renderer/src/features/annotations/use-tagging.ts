import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type RefObject,
} from 'react'
import type { GlossApi, HistoryState, Settings } from '../../../../shared/contract'
import type { Span } from '../../../../shared/model'
import type { ReaderMarks } from '../reader/Reader'
import { shortcutThemes } from '../../../../shared/domain/theme-queries'
import { useCodebook } from '../themes/use-codebook'
import { layoutMarks } from './mark-layout'
import { useAnnotations } from './use-annotations'
import { useHistory } from './use-history'
import { useSaveState } from './use-save-state'
import { useTextSelection } from './use-text-selection'

interface TaggingInput {
  api: GlossApi
  issueId: string | null
  bodyRef: RefObject<HTMLElement | null>
  readOnly: boolean
  author: string
  updateSettings: (patch: Partial<Settings>) => void
  /** An undo or redo changed this issue (its structure, say): refetch what shows it. */
  onIssueChanged?: (issueId: string) => void
}

type AuthorPrompt = { span: Span; themeIds: string[] } | null

/**
 * Tagging, wired together: the codebook, the open issue's annotations, the reader selection,
 * the annotation being edited, undo/redo and the saved state. Workspace renders its parts.
 */
export function useTagging({
  api,
  issueId,
  bodyRef,
  readOnly,
  author,
  updateSettings,
  onIssueChanged,
}: TaggingInput) {
  const annotationsRef = useRef<() => Promise<unknown>>(async () => {})
  const historyRef = useRef<() => void>(() => {})
  const save = useSaveState(useCallback(() => historyRef.current(), []))
  const refetchAnnotations = useCallback(() => void annotationsRef.current(), [])
  const codebook = useCodebook(api, save, refetchAnnotations)
  const annotations = useAnnotations(api, issueId, save)
  const onUndone = useCallback(
    (change: NonNullable<HistoryState['lastChange']>) => {
      if (change.codebook) void codebook.refresh()
      if (change.codebook || change.issueId === issueId) refetchAnnotations()
      if (change.issueId) onIssueChanged?.(change.issueId)
    },
    [codebook, issueId, refetchAnnotations, onIssueChanged],
  )
  const history = useHistory(api, save, onUndone)
  useEffect(() => {
    annotationsRef.current = annotations.refresh
    historyRef.current = history.refresh
  })
  const selection = useTextSelection(bodyRef, issueId)
  const [selected, setSelected] = useState<{ issueId: string; id: string } | null>(null)
  const [authorPrompt, setAuthorPrompt] = useState<AuthorPrompt>(null)
  const [authorAsked, setAuthorAsked] = useState(false)
  const memoRef = useRef<HTMLTextAreaElement | null>(null)
  const listRef = useRef<HTMLUListElement | null>(null)

  const themes = useMemo(() => codebook.codebook?.themes ?? [], [codebook.codebook])
  const selectedId = selected?.issueId === issueId ? selected.id : null
  const editing = annotations.anchored.find((a) => a.id === selectedId) ?? null
  const marks: ReaderMarks = {
    marks: useMemo(() => layoutMarks(annotations.anchored, themes), [annotations.anchored, themes]),
    activeId: selectedId,
  }

  const open = useCallback(
    (id: string, scroll = false) => {
      if (!issueId) return
      setSelected({ issueId, id })
      if (scroll)
        bodyRef.current
          ?.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`)
          ?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
    },
    [issueId, bodyRef],
  )

  const create = async (span: Span, themeIds: string[]) => {
    selection.clear()
    const created = await annotations.create(span, themeIds)
    if (created) open(created.id)
  }

  const toggleTheme = (id: string, themeId: string) => {
    const a = annotations.anchored.find((x) => x.id === id)
    if (!a || readOnly) return
    const themeIds = a.themeIds.includes(themeId)
      ? a.themeIds.filter((t) => t !== themeId)
      : [...a.themeIds, themeId]
    void annotations.update(id, { themeIds })
  }

  /** Tags the selection with a theme, or (nothing selected) toggles it on the open annotation. */
  const tag = (themeId: string) => {
    if (readOnly) return
    const span = selection.current()
    if (!span) {
      if (selectedId) toggleTheme(selectedId, themeId)
      return
    }
    if (!author && !authorAsked) setAuthorPrompt({ span, themeIds: [themeId] })
    else void create(span, [themeId])
  }

  const answerAuthor = async (name: string | null) => {
    const prompt = authorPrompt
    setAuthorPrompt(null)
    setAuthorAsked(true)
    if (name) {
      await save.run(() => api.updateSettings({ author: name }))
      updateSettings({ author: name })
    }
    if (prompt) await create(prompt.span, prompt.themeIds)
  }

  /** A click on a mark opens its annotation (the innermost one under the pointer). */
  const onReaderClick = (event: MouseEvent): boolean => {
    if (window.getSelection()?.isCollapsed === false) return false
    const mark = (event.target as Element).closest<HTMLElement>('[data-testid="annotation-mark"]')
    if (!mark?.dataset.annotationId) return false
    open(mark.dataset.annotationId)
    return true
  }

  const commands = {
    tagTheme: (key: string) => {
      const theme = codebook.codebook ? shortcutThemes(codebook.codebook)[Number(key) - 1] : null
      if (theme) tag(theme.id)
    },
    undo: history.undo,
    redo: history.redo,
    closeEditor: () => setSelected(null),
    openMemo: () => {
      const id = selectedId ?? annotations.anchored[0]?.id
      if (!id) return
      open(id, true)
      // The editor mounts on this render when it was closed: focus after it does.
      setTimeout(() => memoRef.current?.focus(), 0)
    },
    focusAnnotations: () =>
      (
        listRef.current?.querySelector<HTMLElement>('[aria-current="true"]') ??
        listRef.current?.querySelector<HTMLElement>('button') ??
        listRef.current
      )?.focus(),
  }

  return {
    save,
    history,
    codebook,
    annotations,
    selection,
    themes,
    marks,
    editing,
    selectedId,
    open,
    close: () => setSelected(null),
    tag,
    toggleTheme,
    removeAnnotation: async (id: string) => {
      if (await annotations.remove(id)) setSelected(null)
    },
    placeOrphan: (id: string) => {
      const span = selection.current()
      if (!span) return
      selection.clear()
      void annotations.reanchor(id, span).then((ok) => ok && open(id))
    },
    /** After the library changed outside tagging (a colleague's export merged in): the
     * codebook and the open issue's annotations may have grown. */
    refreshAll: async () => {
      await codebook.refresh()
      refetchAnnotations()
    },
    authorPrompt: authorPrompt !== null,
    answerAuthor,
    onReaderClick,
    commands,
    memoRef,
    listRef,
  }
}

export type Tagging = ReturnType<typeof useTagging>
