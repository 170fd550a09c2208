// GB18030 (a superset of GBK and GB2312) and Big5, the legacy encodings of Chinese papers.
// Both accept most byte pairs, so a strict decode is not enough: each candidate must decode
// without U+FFFD and read as plausible Chinese text (no kana, box drawing, private use; few rare
// ideographs). When both pass, the one whose ideographs sit in its encoding's frequently-used
// block wins: real simplified text sits almost entirely in GB2312 level 1 (lead bytes B0–D7),
// real traditional text in Big5's frequent block (A440–C67E); the wrong reading scores far
// lower. (Traditional text may legitimately be GB18030, so that share is never a bar alone.)

import chardet from 'chardet'
import iconv from 'iconv-lite'
import type { TextEncoding } from '../../../shared/model'
import { looksBinary, measurePlausibility } from './plausibility'

export type LegacyEncoding = Extract<TextEncoding, 'gb18030' | 'big5'>

export interface LegacyCandidate {
  encoding: LegacyEncoding
  text: string
  /** Why the candidate was refused, or null when it is acceptable. */
  refusal: string | null
  /** Share of the file's ideographs in the encoding's frequently-used block. */
  common: number
}

/** Below this share a lone candidate's ideographs are mostly rare ones: Japanese, garbage. */
const MIN_COMMON = 0.35
/** Enough ideographs to judge how common they are; below this, a clean decode suffices. */
const MIN_HAN_FOR_FREQUENCY = 12
/** Wrong decodings land in rare ideographs (extension A, compatibility, astral) often. */
const MAX_RARE_HAN = 0.25
const MAX_IMPLAUSIBLE = 0.01

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): LegacyCandidate {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  const common = commonShare(bytes, encoding)
  const candidate = { encoding, text, common, refusal: null as string | null }
  if (text.includes('\uFFFD')) candidate.refusal = `invalid ${encoding} byte sequences`
  else {
    const p = measurePlausibility(text)
    if (looksBinary(p)) candidate.refusal = 'control characters'
    else if (p.implausible > MAX_IMPLAUSIBLE)
      candidate.refusal = 'characters foreign to Chinese text'
    else if (p.han >= MIN_HAN_FOR_FREQUENCY && (p.rareHan > MAX_RARE_HAN || common < MIN_COMMON)) {
      candidate.refusal = 'rare characters where common ones are expected'
    }
  }
  return candidate
}

export interface LegacyChoice {
  chosen: LegacyCandidate | null
  /** Why each encoding was refused. */
  refusals: string[]
  /** Another East Asian encoding the bytes clearly are (EUC-KR, Shift_JIS…), or null. */
  foreign: string | null
}

/**
 * Picks GB18030 or Big5. When both are acceptable (short or ambiguous text), GB18030 wins unless
 * Big5 fits clearly better: Gloss's users read mainland papers first.
 */
export interface LegacyChoice {
  chosen: LegacyCandidate | null
  /** Why each encoding was refused. */
  refusals: string[]
  /** Another East Asian encoding the bytes clearly are (EUC-KR, Shift_JIS…), or null. */
  foreign: string | null
}

export function chooseLegacy(bytes: Uint8Array): LegacyChoice {
  const foreign = foreignCjk(bytes)
  if (foreign) return { chosen: null, refusals: [], foreign }
  const gb = decodeLegacy(bytes, 'gb18030')
  const big5 = decodeLegacy(bytes, 'big5')
  const refusals = [gb, big5].filter((c) => c.refusal).map((c) => `${c.encoding}: ${c.refusal}`)
  if (!gb.refusal && !big5.refusal) {
    return { chosen: big5.common > gb.common + 0.15 ? big5 : gb, refusals, foreign: null }
  }
  return { chosen: !gb.refusal ? gb : !big5.refusal ? big5 : null, refusals, foreign: null }
}

/**
 * Korean (EUC-KR) and Japanese bytes read as GB18030 give real, common Chinese characters: no
 * character test can see the mojibake. chardet's frequency statistics can, so a confident
 * verdict for another East Asian encoding is a refusal.
 */
function foreignCjk(bytes: Uint8Array): string | null {
  const matches = chardet.analyse(bytes.subarray(0, 1 << 16))
  const ours = Math.max(
    0,
    ...matches.filter((m) => m.name === 'GB18030' || m.name === 'Big5').map((m) => m.confidence),
  )
  const top = matches[0]
  const foreign = ['EUC-KR', 'EUC-JP', 'Shift_JIS', 'ISO-2022-JP', 'ISO-2022-KR', 'ISO-2022-CN']
  return top && foreign.includes(top.name) && top.confidence >= 60 && top.confidence >= ours + 20
    ? top.name
    : null
}

/** Share of double-byte characters (punctuation rows aside) in the frequently-used block. */
function commonShare(bytes: Uint8Array, encoding: LegacyEncoding): number {
  let counted = 0
  let common = 0
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]
    if (lead < 0x81 || lead === 0xff) {
      i++
      continue
    }
    const trail = bytes[i + 1] ?? 0
    if (encoding === 'gb18030' && trail >= 0x30 && trail <= 0x39) {
      counted++ // four-byte: outside GB2312 (astral ideographs, rare forms)
      i += 4
      continue
    }
    i += 2
    const code = (lead << 8) | trail
    if (encoding === 'gb18030') {
      if (lead >= 0xa1 && lead <= 0xa9) continue // punctuation, full-width forms, symbols
      counted++
      if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe) common++
    } else {
      if (code >= 0xa140 && code <= 0xa3fe) continue // punctuation and symbols
      counted++
      if (code >= 0xa440 && code <= 0xc67e) common++
    }
  }
  return counted === 0 ? 1 : common / counted
}
