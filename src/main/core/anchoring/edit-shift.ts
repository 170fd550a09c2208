/**
 * Maps UTF-16 offsets in `oldText` to `newText` by the single edit that explains both (their
 * common prefix and suffix). Exact for an offset outside the edited region; inside it, a
 * clamped guess. Used as the position hint, so that repeats of a quote with identical
 * context still resolve to the right one after text is inserted or removed before them.
 */
export function editShift(oldText: string, newText: string): (offset: number) => number {
  const shortest = Math.min(oldText.length, newText.length)
  let head = 0
  while (head < shortest && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++
  let tail = 0
  while (
    tail < shortest - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  ) {
    tail++
  }
  const delta = newText.length - oldText.length
  return (offset) => {
    if (offset <= head) return offset
    if (offset >= oldText.length - tail) return offset + delta
    return Math.min(Math.max(offset, head), newText.length - tail)
  }
}
