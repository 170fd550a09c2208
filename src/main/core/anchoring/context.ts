// Quote context measured in code points, so a stored prefix or suffix never starts or ends
// with half of a surrogate pair (𠀀 is two UTF-16 units; splitting it corrupts exports).

/** How much context a selector keeps either side of its quote, in Unicode code points. */
export const CONTEXT_CODE_POINTS = 32

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Whether UTF-16 index `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isHigh(text.charCodeAt(index - 1)) &&
    isLow(text.charCodeAt(index))
  )
}

/** Up to `max` code points of `text` ending at UTF-16 index `index`. */
export function contextBefore(text: string, index: number, max = CONTEXT_CODE_POINTS): string {
  let from = index
  for (let n = 0; n < max && from > 0; n++) from -= splitsSurrogatePair(text, from - 1) ? 2 : 1
  return text.slice(from, index)
}

/** Up to `max` code points of `text` starting at UTF-16 index `index`. */
export function contextAfter(text: string, index: number, max = CONTEXT_CODE_POINTS): string {
  let to = index
  for (let n = 0; n < max && to < text.length; n++) to += splitsSurrogatePair(text, to + 1) ? 2 : 1
  return text.slice(index, to)
}

/**
 * Widens `[start, end)` (UTF-16) so that neither end splits a surrogate pair; approximate
 * matching works on code units and may stop halfway through an astral character.
 */
export function snapToCodePoints(text: string, start: number, end: number): [number, number] {
  const from = splitsSurrogatePair(text, start) ? start - 1 : start
  const to = splitsSurrogatePair(text, end) ? end + 1 : end
  return [from, to]
}
