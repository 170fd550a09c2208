// Body paragraphs and their repair. Three layouts occur: paragraphs separated by blank lines,
// paragraphs led by an indent (U+3000 or spaces), and one paragraph per line. In the first two,
// a line that follows another with no blank line (resp. no indent) is a hard wrap; in every
// layout a paragraph that does not end a sentence was cut by a page/column break (`…招商,支` +
// `持企业…`) and continues in the next body line.

import { endsSentence } from '../text/chars'
import type { DraftArticle, DraftParagraph } from './draft'
import type { LineKind } from './classify'
import type { Line } from './lines'

/** A summary point: a bullet, then the point (`■ 要坚持…`). */
export const SUMMARY_POINT = /^[■□●○▲△◆◇★☆▶►]/

export type Layout = 'blank-line' | 'indent' | 'line'

/**
 * Which layout a text uses, judged from all its lines. Blank lines between most neighbouring
 * lines mean the blank-line layout (whether or not paragraphs are also indented); otherwise
 * blank lines separate articles only, and paragraphs are led by an indent or one per line.
 */
export function detectLayout(lines: Line[], kinds: LineKind[]): Layout {
  let pairs = 0
  let gapped = 0
  let body = 0
  let indented = 0
  let previous = -1
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'noise' || kinds[i] === 'masthead') continue
    if (previous >= 0) {
      pairs++
      if (lines[i].gapBefore > 0) gapped++
    }
    previous = i
    if (kinds[i] !== 'body') continue
    body++
    if (lines[i].indented) indented++
  }
  if (pairs >= 1 && gapped >= pairs * 0.6) return 'blank-line'
  if (body >= 2 && indented >= 2 && indented >= body * 0.3 && indented < body) return 'indent'
  return 'line'
}

/** Whether the paragraph's text so far stops mid-sentence. */
export function isOpen(text: string, paragraph: DraftParagraph): boolean {
  const last = paragraph.pieces[paragraph.pieces.length - 1]
  return !endsSentence(text.slice(last.start, last.end))
}

/**
 * Adds body text `[start, end)` of line `index` to the draft: as the continuation of the last
 * paragraph when that paragraph is the line just before and either stops mid-sentence or is
 * hard-wrapped in this layout, else as a new paragraph. `force` continues regardless (a short
 * fragment after a break that only looks like a headline).
 */
export function addBody(
  text: string,
  draft: DraftArticle,
  line: Line,
  index: number,
  start: number,
  layout: Layout,
  options: { force?: boolean; crosshead?: boolean; previousLine: number } = { previousLine: -1 },
): void {
  const last = draft.paragraphs[draft.paragraphs.length - 1]
  const wrapped =
    (layout === 'blank-line' && line.gapBefore === 0) ||
    (layout === 'indent' && line.gapBefore === 0 && !line.indented)
  // A crosshead or a summary point is never continued, unless the layout says the line wraps.
  const closedOff =
    last !== undefined &&
    (last.crosshead || SUMMARY_POINT.test(text.slice(last.pieces[0].start, last.pieces[0].end)))
  const adjacent =
    last !== undefined &&
    (!closedOff || (layout === 'indent' && wrapped)) &&
    last.lastLine === options.previousLine
  // A crosshead-looking line joins only a paragraph cut mid-sentence (a short fragment).
  // A summary point (`■ …`) is a paragraph of its own, finished or not.
  const point = SUMMARY_POINT.test(text.slice(start, line.end))
  const joins =
    !point &&
    adjacent &&
    (options.crosshead ? isOpen(text, last) : options.force || wrapped || isOpen(text, last))
  if (joins) {
    last.pieces.push({ start, end: line.end })
    last.lastLine = index
    return
  }
  draft.paragraphs.push({
    pieces: [{ start, end: line.end }],
    crosshead: options.crosshead ?? false,
    lastLine: index,
  })
}
