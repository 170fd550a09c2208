import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { articleDomId } from './ArticleView'

export interface ReaderNav {
  /** Attach to the reader's scrolling element. */
  scrollRef: RefObject<HTMLDivElement | null>
  current: number
  /** Scrolls article `index` into view, marks it current and moves focus to its heading. */
  goTo: (index: number) => void
  next: () => void
  prev: () => void
}

/** How long after a jump the scroll-following observer is ignored, so a smooth scroll passing
 * over other articles (or the last article never reaching the top) does not undo the jump. */
const JUMP_SETTLE_MS = 900

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}

/**
 * Which article is current, per issue: set by jumps (outline, j/k) and, where the browser has
 * IntersectionObserver, by scrolling — the current article is the first one crossing the top
 * third of the reader.
 */
export function useReaderNav(issueId: string | null, articleCount: number): ReaderNav {
  const scrollRef = useRef<HTMLDivElement | null>(null)
  const [state, setState] = useState({ issueId, index: 0 })
  const current =
    state.issueId === issueId ? Math.min(state.index, Math.max(0, articleCount - 1)) : 0
  const lockedUntil = useRef(0)

  // A new issue starts at its top.
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 })
  }, [issueId])

  useEffect(() => {
    const root = scrollRef.current
    if (!root || articleCount === 0 || typeof IntersectionObserver === 'undefined') return
    const visible = new Set<number>()
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.articleIndex)
          if (entry.isIntersecting) visible.add(index)
          else visible.delete(index)
        }
        if (visible.size === 0 || Date.now() < lockedUntil.current) return
        setState({ issueId, index: Math.min(...visible) })
      },
      { root, rootMargin: '0px 0px -66% 0px' },
    )
    root.querySelectorAll('[data-article-index]').forEach((el) => observer.observe(el))
    return () => observer.disconnect()
  }, [issueId, articleCount])

  const goTo = useCallback(
    (index: number) => {
      if (articleCount === 0) return
      const target = Math.min(articleCount - 1, Math.max(0, index))
      setState({ issueId, index: target })
      lockedUntil.current = Date.now() + JUMP_SETTLE_MS
      const article = document.getElementById(articleDomId(target))
      article?.scrollIntoView?.({
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
        block: 'start',
      })
      // Focus the heading so screen readers follow; the scroll above already placed it.
      article
        ?.querySelector<HTMLElement>('[data-testid="article-title"]')
        ?.focus({ preventScroll: true })
    },
    [issueId, articleCount],
  )

  const next = useCallback(() => goTo(current + 1), [goTo, current])
  const prev = useCallback(() => goTo(current - 1), [goTo, current])
  return { scrollRef, current, goTo, next, prev }
}
