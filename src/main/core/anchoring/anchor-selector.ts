import type { AnnotationSelector, Span } from '../../../shared/model'
import type { AnchorMatch } from './anchor-match'
import { bestExactOccurrence } from './exact-occurrence'
import { fuzzyMatch } from './fuzzy-match'

function asString(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** The selector with missing or malformed fields made harmless, so anchoring never throws. */
function sanitise(text: string, selector: AnnotationSelector): AnnotationSelector {
  const start = Number.isFinite(selector?.start) ? Math.trunc(selector.start) : 0
  const exact = asString(selector?.exact)
  const hint = Math.min(Math.max(start, 0), text.length)
  return {
    start: hint,
    end: hint + exact.length,
    exact,
    prefix: asString(selector?.prefix),
    suffix: asString(selector?.suffix),
  }
}

/** Step (a): the quote is still where it was, with its stored context on both sides. */
function isInPlace(
  text: string,
  { start, end, exact, prefix, suffix }: AnnotationSelector,
): boolean {
  return (
    start >= prefix.length &&
    text.startsWith(exact, start) &&
    text.startsWith(prefix, start - prefix.length) &&
    text.startsWith(suffix, end)
  )
}

/**
 * Where `selector` lies in `text` (UTF-16 offsets), and how it was found: (a) in place, with
 * quote and context unchanged; (b) the verbatim occurrence with the best context, nearest the
 * old position on ties; (c) an approximate match of an edited quote (see `fuzzyMatch`);
 * null when none is convincing — the caller marks the annotation an orphan. Never throws.
 * Invariant: a `position` or `exact` match slices to `selector.exact`.
 */
export function locateSelector(text: string, selector: AnnotationSelector): AnchorMatch | null {
  if (typeof text !== 'string') return null
  const clean = sanitise(text, selector)
  if (clean.exact.length === 0) return null
  if (isInPlace(text, clean))
    return { start: clean.start, end: clean.end, method: 'position', score: 1 }
  return bestExactOccurrence(text, clean, clean.start) ?? fuzzyMatch(text, clean, clean.start)
}

/**
 * Re-anchors `selector` in a possibly changed `text`: the UTF-16 `[start, end)` of the
 * passage it describes, or null if it cannot be placed confidently. `selector.start` serves
 * only as a hint. Never throws.
 */
export function anchorSelector(text: string, selector: AnnotationSelector): Span | null {
  const match = locateSelector(text, selector)
  return match && { start: match.start, end: match.end }
}
