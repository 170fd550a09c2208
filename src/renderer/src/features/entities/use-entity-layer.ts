import { useCallback, useRef } from 'react'
import type { GlossApi } from '../../../../shared/contract'
import type { EntityMention, IssueDocument, LibraryMention } from '../../../../shared/model'
import type { ReaderHighlights } from '../reader/Reader'
import { useEntityFocus } from './use-entity-focus'
import { useEntityMenu } from './use-entity-menu'
import { useIssueEntities } from './use-issue-entities'
import { useLegend } from './use-legend'

interface LayerInput {
  api: GlossApi
  issueId: string | null
  document: IssueDocument | undefined
  readOnly: boolean
  /** Opens an issue from the library (a library-wide mention in another issue). */
  openIssue: (id: string) => void
}

/**
 * Everything entities add to the workspace, wired together: the recognised mentions and the
 * user's dictionary, the legend, the entity being stepped through and the correction menu.
 */
export function useEntityLayer({ api, issueId, document, readOnly, openIssue }: LayerInput) {
  const entities = useIssueEntities(api, issueId)
  const legend = useLegend()
  const bodyRef = useRef<HTMLDivElement | null>(null)
  const panelRef = useRef<HTMLElement | null>(null)
  const ready = document !== undefined && document.meta.id === issueId && !entities.loading
  const focus = useEntityFocus(issueId, entities.mentions, ready, bodyRef)

  const { select } = focus
  const onMentionClick = useCallback(
    (m: EntityMention) => select({ text: m.text, type: m.type }),
    [select],
  )
  const menu = useEntityMenu({
    issueId,
    text: document?.text ?? '',
    mentions: entities.mentions,
    bodyRef,
    canCorrect: !readOnly,
    onMentionClick,
  })

  const { jump, selected } = focus
  const openMention = useCallback(
    (m: LibraryMention) => {
      if (selected) jump(selected, m.issueId, m.start)
      openIssue(m.issueId)
    },
    [jump, selected, openIssue],
  )

  const highlights: ReaderHighlights = {
    mentions: entities.mentions,
    activeStart: focus.activeStart,
    hiddenTypes: legend.hidden.join(' '),
    visible: legend.visible,
    onClick: menu.onClick,
    onSelectionEnd: menu.onSelectionEnd,
  }

  const commands = {
    toggleEntities: legend.toggleAll,
    /** Focuses the selected entity's row, else the first, else the panel itself. */
    focusEntities: () => {
      const panel = panelRef.current
      const row =
        panel?.querySelector<HTMLElement>('[data-testid="entity-row"][aria-pressed="true"]') ??
        panel?.querySelector<HTMLElement>('[data-testid="entity-row"]')
      ;(row ?? panel)?.focus()
    },
    nextMention: () => focus.step(1),
    prevMention: () => focus.step(-1),
  }

  return { entities, legend, focus, menu, highlights, bodyRef, openMention, panelRef, commands }
}
