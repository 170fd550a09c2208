// UTF-16, with a byte-order mark or (detected from where its NUL bytes fall) without one.

import type { TextEncoding } from '../../../shared/model'
import { measurePlausibility } from './plausibility'

export type Utf16 = Extract<TextEncoding, 'utf-16le' | 'utf-16be'>

/** The encoding a BOM announces (UTF-32 BOMs are caught earlier as unsupported). */
export function utf16Bom(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Strict decode: unpaired surrogates or an odd byte count throw. Strips the BOM. */
export function decodeUtf16(bytes: Uint8Array, encoding: Utf16): string {
  return new TextDecoder(encoding, { fatal: true }).decode(bytes)
}

/**
 * BOM-less UTF-16: ASCII characters (line feeds, digits, half-width punctuation) put their NUL
 * byte on one side, odd offsets for LE and even for BE. Ideographs rarely have a NUL byte, but
 * some do (一 is U+4E00), so the side that dominates is only tried first: whichever byte order
 * decodes strictly to plausible text wins, and binary data decodes to neither.
 */
export function detectBomlessUtf16(
  bytes: Uint8Array,
  nuls: { even: number; odd: number },
): { encoding: Utf16; text: string } | null {
  if (bytes.length % 2 !== 0) return null
  const order: Utf16[] = nuls.odd >= nuls.even ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le']
  for (const encoding of order) {
    try {
      const text = decodeUtf16(bytes, encoding)
      const p = measurePlausibility(text)
      if (p.implausible <= 0.02 && p.controls === 0) return { encoding, text }
    } catch {
      // not valid in this byte order
    }
  }
  return null
}
