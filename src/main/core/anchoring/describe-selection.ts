import { GlossError } from '../../../shared/errors'
import type { AnnotationSelector } from '../../../shared/model'
import { contextAfter, contextBefore, splitsSurrogatePair } from './context'

/**
 * The W3C-style selector for the passage `[start, end)` of `text` (UTF-16 indices): the
 * position, the quote (`exact === text.slice(start, end)`) and up to 32 code points of
 * context either side (fewer at the text's edges), never splitting a surrogate pair.
 *
 * @throws GlossError 'bad-arguments' when the range is empty, out of bounds, not integral, or
 *   cuts an astral character in half.
 */
export function describeSelection(text: string, start: number, end: number): AnnotationSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new GlossError(
      'bad-arguments',
      `The selection [${start}, ${end}) lies outside the text (length ${text.length}).`,
    )
  }
  if (start >= end) {
    throw new GlossError('bad-arguments', 'A selection must cover at least one character.')
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new GlossError('bad-arguments', 'The selection cuts a character in half.')
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: contextBefore(text, start),
    suffix: contextAfter(text, end),
  }
}
