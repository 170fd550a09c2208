import type { Span } from '../../../shared/model'

// Punctuation, symbols and whitespace end a chunk: no word crosses them.
const separator = /[\s\p{P}\p{S}]/u
// The same test for every UTF-16 unit, once: chunking reads each character of every text.
const isSeparatorUnit = Uint8Array.from({ length: 0x10000 }, (_, code) =>
  separator.test(String.fromCharCode(code)) ? 1 : 0,
)

/**
 * Splits `text` into runs between punctuation, each at most `maxLen` UTF-16 units long (very
 * long unpunctuated runs are hard-split, never inside a surrogate pair). Engines only ever see
 * these runs, which bounds their time and memory whatever the input.
 */
export function* chunkText(text: string, maxLen: number): Generator<Span> {
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length || isSeparatorUnit[text.charCodeAt(i)] === 1
    if (atEnd) {
      if (start >= 0) yield* hardSplit(text, start, i, maxLen)
      start = -1
    } else if (start < 0) start = i
  }
}

function* hardSplit(text: string, start: number, end: number, maxLen: number): Generator<Span> {
  while (end - start > maxLen) {
    let cut = start + maxLen
    // Keep a surrogate pair together.
    if (/[\uDC00-\uDFFF]/.test(text[cut]) && cut - 1 > start) cut--
    yield { start, end: cut }
    start = cut
  }
  yield { start, end }
}
