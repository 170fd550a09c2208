import { useCallback, useEffect, useState, type MouseEvent, type RefObject } from 'react'
import type { EntityMention } from '../../../../shared/model'
import { selectionToOffsets } from '../reader/selection-offsets'
import { mentionAt } from '../reader/split-runs'

/** The longest surface the dictionary takes (contract: `text` max 100). */
const MAX_SURFACE = 100

export type MenuTarget =
  | { kind: 'selection'; start: number; end: number; text: string; valid: boolean }
  | { kind: 'mention'; mention: EntityMention }

export interface MenuState {
  issueId: string
  target: MenuTarget
  /** Viewport position of the menu's top-left corner. */
  x: number
  y: number
}

interface MenuInput {
  issueId: string | null
  text: string
  mentions: readonly EntityMention[]
  bodyRef: RefObject<HTMLElement | null>
  /** False in a read-only library: highlights still select, nothing offers corrections. */
  canCorrect: boolean
  onMentionClick: (mention: EntityMention) => void
}

function below(rect: DOMRect | undefined): { x: number; y: number } {
  return { x: Math.round(rect?.left ?? 0), y: Math.round((rect?.bottom ?? 0) + 6) }
}

/** The selection, trimmed of surrounding blanks (the dictionary matches exact surfaces). */
function selectionTarget(text: string, start: number, end: number): MenuTarget {
  const raw = text.slice(start, end)
  const lead = raw.length - raw.trimStart().length
  const surface = raw.trim()
  const s = start + lead
  const valid = surface.length > 0 && surface.length <= MAX_SURFACE && !/[\n\r]/.test(surface)
  return { kind: 'selection', start: s, end: s + surface.length, text: surface, valid }
}

/** Opens the correction menu for a text selection or a click on a highlight. */
export function useEntityMenu(input: MenuInput) {
  const { issueId, text, mentions, bodyRef, canCorrect, onMentionClick } = input
  const [menu, setMenu] = useState<MenuState | null>(null)
  const close = useCallback(() => setMenu(null), [])

  const onSelectionEnd = useCallback(() => {
    const selection = window.getSelection()
    const root = bodyRef.current
    const span = selection && root && issueId ? selectionToOffsets(selection, root) : null
    if (!span || !issueId || !canCorrect) return
    const rect = selection?.getRangeAt(0).getBoundingClientRect?.()
    setMenu({ issueId, target: selectionTarget(text, span.start, span.end), ...below(rect) })
  }, [bodyRef, issueId, text, canCorrect])

  const onClick = useCallback(
    (event: MouseEvent) => {
      if (!issueId || window.getSelection()?.isCollapsed === false) return
      const el = (event.target as Element).closest<HTMLElement>('[data-testid="entity"]')
      const mention = el ? mentionAt(mentions, Number(el.dataset.start)) : null
      if (!el || !mention) return
      onMentionClick(mention)
      if (canCorrect)
        setMenu({
          issueId,
          target: { kind: 'mention', mention },
          ...below(el.getBoundingClientRect()),
        })
    },
    [issueId, mentions, canCorrect, onMentionClick],
  )

  useEffect(() => {
    if (!menu) return
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setMenu(null)
    const onDown = (event: Event) => {
      if (!(event.target as Element).closest?.('[data-testid="entity-menu"]')) setMenu(null)
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('mousedown', onDown)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('mousedown', onDown)
    }
  }, [menu])

  return { menu: menu && menu.issueId === issueId ? menu : null, close, onSelectionEnd, onClick }
}
