// Edit distance alone cannot tell "持续优化法治化营商环境" (three characters inserted) from
// "化法治化营商环境" (three substituted): both cost three edits. The stored context can — the
// true start is where the prefix still runs up to the quote.
import type { AnnotationSelector } from '../../../shared/model'
import { prefixRun, suffixRun } from './context-score'

function bestBoundary(
  origin: number,
  slack: number,
  min: number,
  max: number,
  run: (at: number) => number,
): number {
  let best = origin
  let bestRun = run(origin)
  for (let at = Math.max(min, origin - slack); at <= Math.min(max, origin + slack); at++) {
    const length = run(at)
    if (
      length > bestRun ||
      (length === bestRun && Math.abs(at - origin) < Math.abs(best - origin))
    ) {
      best = at
      bestRun = length
    }
  }
  return best
}

/**
 * `[start, end)` (UTF-16) with each end moved by at most `slack` units to where the stored
 * prefix (for the start) or suffix (for the end) agrees longest with the text; ends stay put
 * when no move lengthens that agreement, and the span never becomes empty.
 */
export function contextBoundaries(
  text: string,
  start: number,
  end: number,
  selector: Pick<AnnotationSelector, 'prefix' | 'suffix'>,
  slack: number,
): [number, number] {
  const from = bestBoundary(start, slack, 0, end - 1, (at) => prefixRun(text, at, selector.prefix))
  const to = bestBoundary(end, slack, from + 1, text.length, (at) =>
    suffixRun(text, at, selector.suffix),
  )
  return [from, to]
}
