import type { Annotation } from '../../../shared/model'
import { locateSelector } from './anchor-selector'
import { describeSelection } from './describe-selection'
import { editShift } from './edit-shift'

export interface ReanchorResult {
  /** Every input annotation, in input order: none is ever dropped. */
  annotations: Annotation[]
  /** Ids of the annotations that could not be placed (now `anchor: 'orphan'`). */
  orphans: string[]
}

/**
 * Re-anchors every annotation made on `oldText` in `newText`. A placed annotation gets a
 * fresh selector described from the new text (offsets, quote — which differs after a fuzzy
 * match — and context) and `anchor: 'anchored'`; one that cannot be placed keeps its selector
 * untouched (the quote the researcher tagged) and becomes `anchor: 'orphan'`. Orphans are
 * retried too, so a text that is restored brings them back. `updatedAt` is left to the caller.
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  annotations: Annotation[],
): ReanchorResult {
  const shift = editShift(oldText, newText)
  const orphans: string[] = []
  const placed = annotations.map((annotation): Annotation => {
    const { selector } = annotation
    const hinted = { ...selector, start: shift(selector.start), end: shift(selector.end) }
    const match = locateSelector(newText, hinted)
    if (!match) {
      orphans.push(annotation.id)
      return { ...annotation, anchor: 'orphan' }
    }
    return {
      ...annotation,
      selector: describeSelection(newText, match.start, match.end),
      anchor: 'anchored',
    }
  })
  return { annotations: placed, orphans }
}
