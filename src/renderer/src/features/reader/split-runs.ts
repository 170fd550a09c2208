import type { EntityMention, Span, TextSpan } from '../../../../shared/model'

/** A piece of a text part: plain text, or (part of) one mention. Offsets are canonical UTF-16. */
export interface Run extends TextSpan {
  mention: EntityMention | null
}

/** Index of the first mention ending after `offset` (mentions sorted, non-overlapping). */
function firstEndingAfter(mentions: readonly Span[], offset: number): number {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (mentions[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The mentions overlapping `[start, end)`, as a slice of the sorted list. */
export function mentionsIn<M extends Span>(
  mentions: readonly M[],
  start: number,
  end: number,
): M[] {
  const from = firstEndingAfter(mentions, start)
  let to = from
  while (to < mentions.length && mentions[to].start < end) to++
  return mentions.slice(from, to)
}

/** The mention covering `offset`, if any. */
export function mentionAt<M extends Span>(mentions: readonly M[], offset: number): M | null {
  const m = mentions[firstEndingAfter(mentions, offset)]
  return m && m.start <= offset ? m : null
}

/**
 * Splits a part (title, paragraph…) into plain runs and mention runs. A mention crossing the
 * part's boundary is clipped to it. Invariant: the runs' texts concatenate to `part.text`.
 */
export function splitRuns(part: TextSpan, mentions: readonly EntityMention[]): Run[] {
  const runs: Run[] = []
  let at = part.start
  const push = (start: number, end: number, mention: EntityMention | null) => {
    if (end <= start) return
    const text = part.text.slice(start - part.start, end - part.start)
    runs.push({ start, end, text, mention })
  }
  for (const m of mentionsIn(mentions, part.start, part.end)) {
    const start = Math.max(m.start, part.start)
    const end = Math.min(m.end, part.end)
    push(at, start, null)
    push(start, end, m)
    at = end
  }
  push(at, part.end, null)
  return runs
}
