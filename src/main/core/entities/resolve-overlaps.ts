import type { EntityMention } from '../../../shared/model'
import type { Candidate } from './candidate'

/**
 * Flattens candidates into non-overlapping mentions sorted by start: the most trusted tier
 * first, within a tier the longest span (衡阳晚报 beats 衡阳), then the earliest.
 */
export function resolveOverlaps(text: string, candidates: readonly Candidate[]): EntityMention[] {
  const order = candidates
    .filter((c) => c.end > c.start && c.start >= 0 && c.end <= text.length)
    .sort((a, b) => a.tier - b.tier || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const taken = new Uint8Array(text.length)
  const kept: Candidate[] = []
  for (const c of order) {
    let free = true
    for (let k = c.start; k < c.end && free; k++) free = taken[k] === 0
    if (!free) continue
    taken.fill(1, c.start, c.end)
    kept.push(c)
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      source: c.source,
      ...(c.margin !== undefined && { margin: Math.round(c.margin * 10) / 10 }),
    }))
}
