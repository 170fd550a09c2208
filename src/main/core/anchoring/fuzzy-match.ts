// Step (c) of anchoring: the quote itself was edited. Rather than scan the whole text, look in
// a few bounded windows — around the old position, after each place the stored prefix's tail
// still occurs, before each place the suffix's head occurs — and run an approximate match of
// the quote there. A total cell budget keeps a pathological case from stalling re-anchoring.
import type { AnnotationSelector } from '../../../shared/model'
import type { AnchorMatch } from './anchor-match'
import { approximateMatches, editDistance } from './approximate-match'
import { contextBoundaries } from './context-boundaries'
import { contextSimilarity } from './context-score'
import { snapToCodePoints } from './context'

/** Accept only if at most a quarter of the quote's UTF-16 units were edited… */
export const FUZZY_MIN_QUOTE_SIMILARITY = 0.75
/** …and at least half of the surrounding context (bigram overlap) still agrees. */
export const FUZZY_MIN_CONTEXT_SIMILARITY = 0.5

const PROBE = 8
const PAD = 32
const MAX_PROBE_HITS = 8
const CELL_BUDGET = 8_000_000

type Window = [number, number]

function nearestOccurrences(text: string, probe: string, hint: number): number[] {
  const hits: number[] = []
  if (!probe) return hits
  for (let at = text.indexOf(probe); at !== -1; at = text.indexOf(probe, at + 1)) hits.push(at)
  return hits.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, MAX_PROBE_HITS)
}

function searchWindows(
  text: string,
  selector: AnnotationSelector,
  hint: number,
  maxErrors: number,
): Window[] {
  const { exact, prefix, suffix } = selector
  const span = exact.length + maxErrors
  const raw: Window[] = [[hint - maxErrors - PAD, hint + span + PAD]]
  const head = prefix.slice(-PROBE)
  if (!prefix) raw.push([0, span])
  for (const at of nearestOccurrences(text, head, hint)) {
    const start = at + head.length
    raw.push([start - maxErrors, start + span])
  }
  const tail = suffix.slice(0, PROBE)
  if (!suffix) raw.push([text.length - span, text.length])
  for (const at of nearestOccurrences(text, tail, hint)) raw.push([at - span, at + maxErrors])
  const clamped = raw
    .map(([a, b]): Window => [Math.max(0, a), Math.min(text.length, b)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0])
  // Overlapping windows are searched once; a match spanning both is then found too.
  const merged: Window[] = []
  for (const [a, b] of clamped) {
    const last = merged[merged.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else merged.push([a, b])
  }
  // Nearest to the old position first, so the budget is spent where the passage most likely is.
  const distance = ([a, b]: Window) => (hint < a ? a - hint : hint > b ? hint - b : 0)
  return merged.sort((x, y) => distance(x) - distance(y))
}

/**
 * The best approximate placement of `selector.exact` in `text`, or null. Candidates need
 * quote similarity (1 − edits / quote length) ≥ 0.75 and context similarity ≥ 0.5; among
 * them the highest 0.7·quote + 0.3·context wins, ties to the one nearest `hint` (UTF-16).
 */
export function fuzzyMatch(
  text: string,
  selector: AnnotationSelector,
  hint: number,
): AnchorMatch | null {
  const m = selector.exact.length
  const maxErrors = Math.floor(m * (1 - FUZZY_MIN_QUOTE_SIMILARITY))
  let best = null as AnchorMatch | null
  let bestDistance = Infinity
  let budget = CELL_BUDGET
  const seen = new Set<string>()
  const consider = (span: [number, number], errors: number | null) => {
    const [start, end] = snapToCodePoints(text, span[0], span[1])
    const key = `${start}:${end}`
    if (start >= end || seen.has(key)) return
    seen.add(key)
    const edits = errors ?? editDistance(selector.exact, text.slice(start, end))
    budget -= errors === null ? m * (end - start) : 0
    const quote = 1 - edits / m
    const context = contextSimilarity(text, start, end, selector)
    if (quote < FUZZY_MIN_QUOTE_SIMILARITY || context < FUZZY_MIN_CONTEXT_SIMILARITY) return
    const score = 0.7 * quote + 0.3 * context
    const distance = Math.abs(start - hint)
    if (!best || score > best.score || (score === best.score && distance < bestDistance)) {
      best = { start, end, method: 'fuzzy', score }
      bestDistance = distance
    }
  }
  for (const [from, to] of searchWindows(text, selector, hint, maxErrors)) {
    budget -= (maxErrors + 1) * (to - from)
    if (budget < 0) break
    for (const found of approximateMatches(selector.exact, text, from, to, maxErrors)) {
      consider([found.start, found.end], found.errors)
      consider(contextBoundaries(text, found.start, found.end, selector, maxErrors), null)
    }
  }
  return best
}
