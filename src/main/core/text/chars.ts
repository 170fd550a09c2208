// Character classes for Chinese newspaper text. Half-width punctuation typed inside Chinese text
// (`,` `;` `:` `?` `!` `(` `)`) counts exactly like its full-width twin (docs/ARCHITECTURE.md,
// Parsing), so every test here accepts both.

/** Han ideographs: the BMP blocks plus the astral extensions (𠀀, 𡒄 and other name characters). */
export const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD8BF][\uDC00-\uDFFF]/

const HAN_ALL = new RegExp(HAN.source, 'g')

/** How many Han ideographs `text` holds (an astral one counts once). */
export function hanCount(text: string): number {
  return text.match(HAN_ALL)?.length ?? 0
}

/** Whitespace that pads or indents a line, including the ideographic space U+3000. */
export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\r' || /\s/.test(ch)
}

/** Punctuation that ends a sentence; closing quotes/brackets count when one precedes them. */
const SENTENCE_END = new Set(['。', '．', '！', '？', '!', '?', '…', '；', ';', '：', ':'])
const CLOSERS = new Set(['”', '’', '」', '』', '"', "'", '》', '】'])
const BRACKET_CLOSERS = new Set(['）', ')'])

/**
 * Whether `text` (already trimmed) ends a sentence, so that a page/column break cannot fall
 * after it. A closing quote ends a sentence only after a stop (`…努力。”`); a closing
 * parenthesis always does (credits, notes: `（完）`). A colon or semicolon ends the paragraph
 * too: they introduce or separate list items, which are printed one per paragraph.
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && CLOSERS.has(text[i])) i--
  if (i < 0) return false
  const last = text[i]
  if (SENTENCE_END.has(last) || BRACKET_CLOSERS.has(last)) return true
  // A half-width full stop after a Han character is a typed `。`; after a digit it is not.
  return last === '.' && i > 0 && HAN.test(text.slice(Math.max(0, i - 2), i))
}

/** Whether `text` ends with a clause-internal mark (`，` `、` or their half-width twins). */
export function endsClause(text: string): boolean {
  return /[，,、]$/.test(text)
}

/** Whether the string holds any letter at all (Han included); digits and marks are not text. */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text)
}
