// Is a decoded string Chinese newspaper text, or mojibake? A wrong legacy decoding of Chinese
// bytes never fails outright (GB18030 accepts almost any byte pair); it yields kana, Cyrillic,
// box drawing, private-use and vertical-form characters, and rare ideographs. We count those.

/** Characters a Chinese newspaper file plausibly contains. */
function isPlausible(cp: number): boolean {
  return (
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    cp === 0x0c ||
    (cp >= 0xa0 && cp <= 0xff) || // Latin-1: · × é in names
    (cp >= 0x2000 && cp <= 0x206f) || // general punctuation: — “ ” …
    (cp >= 0x2100 && cp <= 0x21ff) || // letterlike, Roman numerals, arrows
    (cp >= 0x2460 && cp <= 0x24ff) || // ① ⑴
    (cp >= 0x25a0 && cp <= 0x27bf) || // ■ ● ★ ※
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation
    (cp >= 0x3200 && cp <= 0x33ff) || // ㈠ ㎡
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x20000 && cp <= 0x3ffff) // astral ideographs: 𠀀 𡒄
  )
}

/** Ideographs outside the unified BMP block are rare in news text (but not impossible). */
function isRareHan(cp: number): boolean {
  return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000
}

export interface Plausibility {
  /** Share of non-space characters that do not belong in a Chinese newspaper file. */
  implausible: number
  /** Share of ideographs that are rare. */
  rareHan: number
  han: number
  /** C0 controls other than tab, line feed, form feed, carriage return: a binary file. */
  controls: number
  /** Non-space characters counted. */
  chars: number
}

export function measurePlausibility(text: string): Plausibility {
  let chars = 0
  let bad = 0
  let han = 0
  let rare = 0
  let controls = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp === 0x20 || cp === 0x0a || cp === 0x0d || cp === 0x09 || cp === 0x3000) continue
    chars++
    // Form feed (page break) and DOS's end-of-file Ctrl-Z occur in old text exports.
    if ((cp < 0x20 && cp !== 0x0c && cp !== 0x1a) || cp === 0x7f) controls++
    if (!isPlausible(cp)) bad++
    if ((cp >= 0x4e00 && cp <= 0x9fff) || isRareHan(cp)) {
      han++
      if (isRareHan(cp)) rare++
    }
  }
  return {
    implausible: chars ? bad / chars : 0,
    rareHan: han ? rare / han : 0,
    han,
    controls,
    chars,
  }
}

/** Control characters beyond a stray one or two mean the file is not text. */
export function looksBinary(p: Plausibility): boolean {
  return p.controls > Math.max(2, p.chars * 0.001)
}
