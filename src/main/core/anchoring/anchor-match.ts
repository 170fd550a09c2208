import type { Span } from '../../../shared/model'

/**
 * How a selector was placed: `position` — where it was, quote and context unchanged;
 * `exact` — the quote verbatim elsewhere, chosen by context; `fuzzy` — an approximate match
 * (the quote itself was edited), worth showing the researcher for a check.
 */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy'

/** A placed selector: UTF-16 `[start, end)` in the new text, how it was found, and a score. */
export interface AnchorMatch extends Span {
  method: AnchorMethod
  /** In [0, 1]: context agreement for `exact`, the ranking score for `fuzzy`, 1 for `position`. */
  score: number
}
