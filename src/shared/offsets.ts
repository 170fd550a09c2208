// Conversion between UTF-16 string indices (what JavaScript uses inside the app) and Unicode
// code points (what leaves the app: what Python and R count, what W3C Web Annotation
// specifies). They differ only after characters outside the BMP (𠀀, rare name characters).

/** A code-point offset into an issue's canonical text; only ever produced by `CodePointIndex`. */
export type CodePointOffset = number & { readonly __unit: 'codepoint' }

/**
 * Converts UTF-16 indices of one text to code points and back in O(log n) per call after an
 * O(n) scan; texts without astral characters take a shortcut.
 */
export class CodePointIndex {
  /** UTF-16 indices of the low surrogate of each astral character, ascending. */
  private readonly astralLows: number[] = []

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1)
        if (d >= 0xdc00 && d <= 0xdfff) this.astralLows.push(++i)
      }
    }
  }

  /** How many surrogate pairs end before UTF-16 index `utf16`. */
  private pairsBefore(utf16: number): number {
    let lo = 0
    let hi = this.astralLows.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.astralLows[mid] < utf16) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  toCodePoint(utf16: number): CodePointOffset {
    if (this.astralLows.length === 0) return utf16 as CodePointOffset
    return (utf16 - this.pairsBefore(utf16)) as CodePointOffset
  }

  toUtf16(codePoint: number): number {
    if (this.astralLows.length === 0) return codePoint
    // The k-th astral low surrogate sits at code point astralLows[k] - k; count those before.
    let lo = 0
    let hi = this.astralLows.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.astralLows[mid] - mid <= codePoint) lo = mid + 1
      else hi = mid
    }
    return codePoint + lo
  }

  /** A `{start, end, text}` span with its UTF-16 offsets converted to code points. */
  spanToCodePoints(span: { start: number; end: number; text: string }): {
    start: number
    end: number
    text: string
  } {
    return { start: this.toCodePoint(span.start), end: this.toCodePoint(span.end), text: span.text }
  }

  /** A `{start, end, text}` span with its code-point offsets converted to UTF-16 indices. */
  spanToUtf16(span: { start: number; end: number; text: string }): {
    start: number
    end: number
    text: string
  } {
    return { start: this.toUtf16(span.start), end: this.toUtf16(span.end), text: span.text }
  }

  get codePointLength(): number {
    return this.text.length - this.astralLows.length
  }
}

/** Number of Unicode code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}
