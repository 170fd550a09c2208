// Recognises files that are not text at all, by their magic numbers, before any decoding is
// tried: a PDF or a Word file decoded as GB18030 is mojibake, never an issue.

const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['a ZIP archive (or a .docx/.xlsx/.epub file)', [0x50, 0x4b, 0x03, 0x04]],
  ['an empty ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a BMP image', [0x42, 0x4d]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['an old Office document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['a UTF-32 text, which Gloss does not read', [0xff, 0xfe, 0x00, 0x00]],
  ['a UTF-32 text, which Gloss does not read', [0x00, 0x00, 0xfe, 0xff]],
]

/** What the file is when its first bytes say it is not plain text, else null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) {
    // `BM` alone is too short to trust: a text may start with it; require a NUL soon after.
    if (magic.length === 2 && magic[0] === 0x42 && !bytes.subarray(0, 64).includes(0)) continue
    if (magic.every((b, i) => bytes[i] === b)) return kind
  }
  return null
}

/** Counts NUL bytes at even and odd offsets (UTF-16 puts them on one side for ASCII). */
export function nulCounts(bytes: Uint8Array, limit = 1 << 16): { even: number; odd: number } {
  let even = 0
  let odd = 0
  const n = Math.min(bytes.length, limit)
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  }
  return { even, odd }
}
