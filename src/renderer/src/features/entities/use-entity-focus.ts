import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { EntityMention, EntityType } from '../../../../shared/model'
import { runAt } from '../reader/locate-offset'
import { mentionAt } from '../reader/split-runs'

/** An entity as the panel lists it: a surface with a type. */
export interface EntityKey {
  text: string
  type: EntityType
}

interface Target {
  issueId: string
  start: number
  /** Bumped on every jump, so jumping to the same place scrolls again. */
  seq: number
}

export interface EntityFocus {
  selected: EntityKey | null
  /** The selected entity's mentions in the open issue. */
  occurrences: readonly EntityMention[]
  /** Index of the stepped-to mention in `occurrences`, or -1. */
  position: number
  /** Start of the stepped-to mention in the open issue, for the reader's ring. */
  activeStart: number | null
  /** Selects an entity and goes to its first mention; again on the same one: the next. */
  select: (key: EntityKey) => void
  step: (delta: 1 | -1) => void
  /** Selects an entity and jumps to an offset in an issue (which the caller opens). */
  jump: (key: EntityKey, issueId: string, start: number) => void
}

const same = (a: EntityKey | null, b: EntityKey) => a?.text === b.text && a?.type === b.type

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}

/**
 * The entity being stepped through and where in the text we are. Jumps scroll once the target
 * issue's text and entities are on screen (`ready`), so a jump into another issue lands too.
 */
export function useEntityFocus(
  issueId: string | null,
  mentions: readonly EntityMention[],
  ready: boolean,
  bodyRef: RefObject<HTMLElement | null>,
): EntityFocus {
  const [selected, setSelected] = useState<EntityKey | null>(null)
  const [target, setTarget] = useState<Target | null>(null)
  const scrolled = useRef(0)

  const occurrencesOf = useCallback(
    (key: EntityKey | null) =>
      key ? mentions.filter((m) => m.text === key.text && m.type === key.type) : [],
    [mentions],
  )
  const occurrences = useMemo(() => occurrencesOf(selected), [occurrencesOf, selected])
  const here = target && target.issueId === issueId ? target.start : null
  const activeStart = here === null ? null : (mentionAt(mentions, here)?.start ?? null)
  const position = occurrences.findIndex((m) => m.start === activeStart)

  const goTo = useCallback(
    (start: number, to: string | null = issueId) => {
      if (to) setTarget((t) => ({ issueId: to, start, seq: (t?.seq ?? 0) + 1 }))
    },
    [issueId],
  )
  const step = useCallback(
    (delta: 1 | -1) => {
      const n = occurrences.length
      if (n === 0) return
      const next = position < 0 ? (delta > 0 ? 0 : n - 1) : (position + delta + n) % n
      goTo(occurrences[next].start)
    },
    [occurrences, position, goTo],
  )
  const select = useCallback(
    (key: EntityKey) => {
      if (same(selected, key)) return step(1)
      setSelected(key)
      const first = occurrencesOf(key)[0]
      if (first) goTo(first.start)
    },
    [selected, step, occurrencesOf, goTo],
  )
  const jump = useCallback(
    (key: EntityKey, to: string, start: number) => {
      setSelected(key)
      goTo(start, to)
    },
    [goTo],
  )

  useEffect(() => {
    if (!target || !ready || target.issueId !== issueId || scrolled.current === target.seq) return
    const el = bodyRef.current && runAt(bodyRef.current, target.start)
    if (!el) return
    scrolled.current = target.seq
    el.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
  }, [target, ready, issueId, bodyRef])

  return { selected, occurrences, position, activeStart, select, step, jump }
}
