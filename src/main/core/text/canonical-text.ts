// The canonical text every offset in Gloss refers to (docs/ARCHITECTURE.md, Canonical text): the
// decoded file with its byte-order mark, line-ending style and invisible zero-width characters
// normalised away, and otherwise exactly as printed. No NFKC, no trimming: half-width punctuation
// and U+3000 indents are part of the record a researcher quotes. (Page-break repair is a separate,
// later step: see `parse/repair-breaks.ts`.)

/** Zero-width characters that carry no text: ZWSP, ZWNJ, ZWJ, WORD JOINER, ZWNBSP/BOM. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g

/** CRLF and lone CR (old Mac exports) both become LF. */
const LINE_BREAK = /\r\n?/g

/**
 * Normalises decoded text into canonical form: strips the BOM and every other zero-width
 * character, turns CRLF/CR into LF. Idempotent: `canonicalizeText(canonicalizeText(s))` equals
 * `canonicalizeText(s)`.
 */
export function canonicalizeText(raw: string): string {
  // Zero-width removal comes first so that `\r<ZWSP>\n` still becomes a single line break.
  return raw.replace(ZERO_WIDTH, '').replace(LINE_BREAK, '\n')
}
