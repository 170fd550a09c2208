import { useCallback, useState, type RefObject } from 'react'
import { useI18n } from '../../i18n/i18n'
import { partElementOf, partTargetOf, type PartTarget } from './part-target'

/** Where the structure menu opens: the line it is for, and a point beside it on screen. */
export interface StructureMenuRequest {
  target: PartTarget
  x: number
  y: number
}

interface Hovered {
  target: PartTarget
  /** Offset of the line's top inside the scroll container's content. */
  top: number
  /** The document it was measured in: once a correction re-renders the issue, it is stale. */
  shown: unknown
}

/**
 * One small button in the margin beside the line under the pointer (or holding focus), which
 * opens the structure menu. It sits outside the text, so it never enters a selection, a
 * heading's name or the offsets.
 */
export function usePartControl(
  scrollRef: RefObject<HTMLDivElement | null>,
  onOpen: ((request: StructureMenuRequest) => void) | undefined,
  /** The document on screen; a new one hides the control until the pointer moves again. */
  shown: unknown,
) {
  const [tracked, setHovered] = useState<Hovered | null>(null)
  const hovered = tracked?.shown === shown ? tracked : null
  const track = useCallback(
    (node: EventTarget | null) => {
      const scroll = scrollRef.current
      const part = partElementOf(node as Node | null)
      const target = part && partTargetOf(part)
      if (!scroll || !part || !target) return
      const top =
        part.getBoundingClientRect().top - scroll.getBoundingClientRect().top + scroll.scrollTop
      setHovered((old) =>
        old?.target.at === target.at && old.top === top && old.shown === shown
          ? old
          : { target, top, shown },
      )
    },
    [scrollRef, shown],
  )
  const openAt = useCallback(
    (event: React.MouseEvent) => {
      const part = partElementOf(event.target as Node)
      const target = part && partTargetOf(part)
      if (!onOpen || !target || window.getSelection()?.isCollapsed === false) return
      event.preventDefault()
      onOpen({ target, x: event.clientX, y: event.clientY })
    },
    [onOpen],
  )
  return {
    enabled: onOpen !== undefined,
    hovered,
    /** Body handlers: follow the pointer and focus; a right-click on a line opens the menu. */
    bodyHandlers: onOpen
      ? {
          onMouseOver: (event: React.MouseEvent) => track(event.target),
          onFocus: (event: React.FocusEvent) => track(event.target),
          onContextMenu: openAt,
        }
      : {},
    open: (button: HTMLElement) => {
      if (!hovered || !onOpen) return
      // Read the line again: a correction since the pointer came may have moved it.
      const part = scrollRef.current?.querySelector<HTMLElement>(
        `[data-part-role][data-start="${hovered.target.at}"]`,
      )
      const target = part && partTargetOf(part)
      if (!target) return
      const rect = button.getBoundingClientRect()
      onOpen({ target, x: rect.right + 4, y: rect.top })
    },
  }
}

export function PartControl({ control }: { control: ReturnType<typeof usePartControl> }) {
  const { t } = useI18n()
  if (!control.enabled || !control.hovered) return null
  return (
    <button
      type="button"
      className="part-control"
      data-testid="structure-button"
      data-for-start={control.hovered.target.at}
      aria-label={t('structure.button')}
      title={t('structure.button')}
      aria-haspopup="menu"
      style={{ top: control.hovered.top }}
      onClick={(event) => control.open(event.currentTarget)}
    />
  )
}
