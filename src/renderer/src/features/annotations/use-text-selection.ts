import { useCallback, useEffect, useState, type RefObject } from 'react'
import type { Span } from '../../../../shared/model'
import { selectionToOffsets } from '../reader/selection-offsets'

export interface PendingSelection {
  issueId: string
  span: Span
  /** Viewport position of the selection's top-left corner, for the tag popover. */
  x: number
  y: number
}

/**
 * The text selected in the reader, remembered until the reader's selection collapses inside
 * the text: pressing a theme in the panel (which may take the browser's selection away) still
 * tags what was selected.
 */
export function useTextSelection(bodyRef: RefObject<HTMLElement | null>, issueId: string | null) {
  const [pending, setPending] = useState<PendingSelection | null>(null)

  const capture = useCallback(() => {
    const selection = window.getSelection()
    const root = bodyRef.current
    if (!selection || !root || !issueId) return
    const span = selectionToOffsets(selection, root)
    if (span) {
      const rect = selection.getRangeAt(0).getBoundingClientRect?.()
      setPending({ issueId, span, x: rect?.left ?? 0, y: rect?.top ?? 0 })
    } else if (selection.anchorNode && root.contains(selection.anchorNode)) {
      setPending(null)
    }
  }, [bodyRef, issueId])

  useEffect(() => {
    document.addEventListener('selectionchange', capture)
    return () => document.removeEventListener('selectionchange', capture)
  }, [capture])

  const live = pending?.issueId === issueId ? pending : null
  /** The live selection in the text if any, else the remembered one. */
  const current = useCallback((): Span | null => {
    const selection = window.getSelection()
    const root = bodyRef.current
    const span = selection && root ? selectionToOffsets(selection, root) : null
    return span ?? live?.span ?? null
  }, [bodyRef, live])

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges()
    setPending(null)
  }, [])

  return { pending: live, capture, current, clear }
}
