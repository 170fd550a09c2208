import type { AnnotationSelector } from '../../../shared/model'
import type { AnchorMatch } from './anchor-match'
import { prefixRun, suffixRun } from './context-score'

/** A quote at least this long (UTF-16 units) is trusted verbatim even if its context changed. */
export const LONG_QUOTE = 16
/** Otherwise at least this many units of context must still agree (fewer if fewer were stored). */
export const MIN_CONTEXT_RUN = 4

/**
 * The verbatim occurrence of `selector.exact` whose neighbours agree longest with the stored
 * prefix and suffix (UTF-16 run lengths), ties broken by distance to `hint`; null when there
 * is none, or when the best is a short quote whose context no longer agrees — a short phrase
 * like 发展 found elsewhere is not the passage the researcher tagged.
 */
export function bestExactOccurrence(
  text: string,
  selector: AnnotationSelector,
  hint: number,
): AnchorMatch | null {
  const { exact, prefix, suffix } = selector
  let best: AnchorMatch | null = null
  let bestRun = -1
  let bestDistance = Infinity
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const run = prefixRun(text, at, prefix) + suffixRun(text, at + exact.length, suffix)
    const distance = Math.abs(at - hint)
    if (run > bestRun || (run === bestRun && distance < bestDistance)) {
      best = { start: at, end: at + exact.length, method: 'exact', score: 0 }
      bestRun = run
      bestDistance = distance
    }
  }
  if (!best) return null
  const stored = prefix.length + suffix.length
  if (exact.length < LONG_QUOTE && bestRun < Math.min(MIN_CONTEXT_RUN, stored)) return null
  return { ...best, score: stored === 0 ? 1 : bestRun / stored }
}
