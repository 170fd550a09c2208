// Splits canonical text into lines with their offsets, the unit every layout rule works on.

import { isSpace } from '../text/chars'

/** One non-blank line: `[start, end)` is its content without indent or trailing spaces. */
export interface Line {
  start: number
  end: number
  text: string
  /** Whether the line starts with an indent (U+3000, spaces, a tab). */
  indented: boolean
  /** Blank lines between the previous non-blank line (or the text's start) and this one. */
  gapBefore: number
}

/**
 * The non-blank lines of `text` in `[from, to)`, trimmed. Splits on LF only (canonical text has
 * no CR; a stray CR counts as trailing space) and never allocates more than one string per line.
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = []
  let gap = 0
  let pos = from
  while (pos <= to) {
    let eol = text.indexOf('\n', pos)
    if (eol < 0 || eol > to) eol = to
    let start = pos
    let end = eol
    while (start < end && isSpace(text[start])) start++
    while (end > start && isSpace(text[end - 1])) end--
    if (start === end) gap++
    else {
      lines.push({
        start,
        end,
        text: text.slice(start, end),
        indented: start > pos,
        gapBefore: gap,
      })
      gap = 0
    }
    if (eol >= to) break
    pos = eol + 1
  }
  return lines
}
