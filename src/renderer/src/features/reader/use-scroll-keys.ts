import { useEffect, type RefObject } from 'react'

const LINE = 48

/** How far a key scrolls an element, or null for keys that do not scroll. */
function scrollDelta(event: KeyboardEvent, el: HTMLElement): number | null {
  const page = el.clientHeight * 0.9
  switch (event.key) {
    case 'ArrowDown':
      return LINE
    case 'ArrowUp':
      return -LINE
    case 'PageDown':
      return page
    case 'PageUp':
      return -page
    case ' ':
      return event.shiftKey ? -page : page
    case 'Home':
      return -el.scrollHeight
    case 'End':
      return el.scrollHeight
    default:
      return null
  }
}

/**
 * The reader column is the scrolling element, not the page, so with focus on <body> (after a
 * click on the background, or at launch) the browser's own arrow/page keys would scroll nothing.
 * Then this scrolls the reader itself and moves focus into it, so the next keys are native.
 */
export function useScrollKeys(scrollRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const el = scrollRef.current
      const focus = document.activeElement
      if (!el || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (focus && focus !== document.body && focus !== document.documentElement) return
      const delta = scrollDelta(event, el)
      if (delta === null) return
      event.preventDefault()
      el.focus({ preventScroll: true })
      el.scrollBy?.({ top: delta, behavior: 'smooth' })
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [scrollRef])
}
