import type { Token } from '../segment-text'
import type { TaggerLexicons } from './tagger-lexicons'

/**
 * The feature templates, in slot order. A model names the set it was trained with and is
 * refused if it differs, so a model and the code that reads it can never disagree silently.
 */
export const featureTemplates = [
  'c-2',
  'c-1',
  'c0',
  'c+1',
  'c+2',
  'c-2c-1',
  'c-1c0',
  'c0c+1',
  'c+1c+2',
  'c-2c-1c0',
  'c-1c0c+1',
  'c0c+1c+2',
  'class-1:0:+1',
  'c0×wordpos×pos',
  'wordpos×pos×len',
  'word×wordpos',
  'prevword×wordpos',
  'nextword×wordpos',
  'prevpos×pos×nextpos×wordpos',
  'surname×wordpos',
  'orgsuffix',
  'adminsuffix',
  'office',
  'gazetteer×wordpos',
  'surname-2:-1×wordpos',
  'bias',
] as const

export const FEATURE_SET = 'chars-words-lexicons-1'
export const SLOTS = featureTemplates.length

// Sentinels for characters before the start and after the end of a sentence.
const BEFORE = 0x110001
const AFTER = 0x110002

/** Full-width ASCII folded to half-width and every digit to 0: 2023年 and １９９８年 look alike. */
function foldedCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
  if (code >= 0x30 && code <= 0x39) return 0x30
  return code
}

// Character classes: Han, digit, Chinese numeral, Latin, punctuation/space, other.
const chineseNumerals = new Set(
  [...'〇零一二三四五六七八九十百千万亿两'].map((c) => c.charCodeAt(0)),
)
function classOf(code: number): number {
  if (code === BEFORE || code === AFTER) return 0
  if (code === 0x30) return 2
  if (chineseNumerals.has(code)) return 3
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 4
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xd800 && code <= 0xdfff)) return 1
  if (code === 0xb7 || code === 0x30fb || code === 0x2022) return 6 // the · of transliterations
  return 5
}
// `classOf` for every UTF-16 unit, read per character three times over: a table, not branches.
const unitClass = Uint8Array.from({ length: 0x10000 }, (_, code) => classOf(code))
const charClass = (code: number): number => (code <= 0xffff ? unitClass[code] : classOf(code))

/** A feature's hash folded into one of `2^(32 - shift)` buckets. */
function bucket(h: number, shift: number): number {
  return Math.imul(h ^ (h >>> 13), 0x9e3779b1) >>> shift
}

const biasHash = mix(25, 0)
const biasBucket = (shift: number): number => bucket(biasHash, shift)

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995)
  return h ^ (h >>> 15)
}

/** A stable small number for a POS tag string (the tag set is small and fixed per engine). */
function tagCode(tag: string): number {
  let h = 0x811c9dc5
  for (let k = 0; k < tag.length; k++) h = Math.imul(h ^ tag.charCodeAt(k), 0x01000193)
  return h >>> 0
}

function wordCode(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193)
  return h >>> 0
}

/** Reusable per-sentence buffers, grown as needed: extraction allocates nothing per call. */
export class FeatureBuffers {
  codes = new Int32Array(0)
  wordPos = new Uint8Array(0)
  pos = new Uint32Array(0)
  word = new Uint32Array(0)
  prevWord = new Uint32Array(0)
  nextWord = new Uint32Array(0)
  prevPos = new Uint32Array(0)
  nextPos = new Uint32Array(0)
  wordLen = new Uint8Array(0)
  place = new Uint8Array(0)
  placeStart = new Uint8Array(0)
  placeEnd = new Uint8Array(0)
  orgStart = new Uint8Array(0)
  orgEnd = new Uint8Array(0)
  adminStart = new Uint8Array(0)
  adminEnd = new Uint8Array(0)
  officeStart = new Uint8Array(0)
  officeEnd = new Uint8Array(0)
  surname = new Uint8Array(0)
  wordStarts = new Int32Array(0)
  wordEnds = new Int32Array(0)
  wordTags = new Uint32Array(0)
  wordIds = new Uint32Array(0)
  features = new Int32Array(0)

  ensure(n: number): void {
    if (this.codes.length >= n + 4) return
    const size = Math.max(n + 4, this.codes.length * 2, 256)
    this.codes = new Int32Array(size)
    this.wordPos = new Uint8Array(size)
    this.pos = new Uint32Array(size)
    this.word = new Uint32Array(size)
    this.prevWord = new Uint32Array(size)
    this.nextWord = new Uint32Array(size)
    this.prevPos = new Uint32Array(size)
    this.nextPos = new Uint32Array(size)
    this.wordLen = new Uint8Array(size)
    this.place = new Uint8Array(size)
    this.placeStart = new Uint8Array(size)
    this.placeEnd = new Uint8Array(size)
    this.orgStart = new Uint8Array(size)
    this.orgEnd = new Uint8Array(size)
    this.adminStart = new Uint8Array(size)
    this.adminEnd = new Uint8Array(size)
    this.officeStart = new Uint8Array(size)
    this.officeEnd = new Uint8Array(size)
    this.surname = new Uint8Array(size)
    this.wordStarts = new Int32Array(size)
    this.wordEnds = new Int32Array(size)
    this.wordTags = new Uint32Array(size)
    this.wordIds = new Uint32Array(size)
    this.features = new Int32Array(size * SLOTS)
  }
}

const PUNCT_TAG = tagCode('w')
const min7 = (x: number): number => (x > 7 ? 7 : x)
const NO_WORD = 0x9e3779b9

/**
 * Bucket ids of every feature of `text[from, to)`, `SLOTS` per character, into `buf.features`.
 * `tokens` are the segmenter's words in text order; `firstToken` is the first one that may
 * overlap `from`. Characters no word covers (punctuation, spaces) count as one-character words.
 * Returns the index of the first token at or after `to`, for the next sentence.
 */
export function extractFeatures(
  text: string,
  from: number,
  to: number,
  tokens: readonly Token[],
  firstToken: number,
  lexicons: TaggerLexicons,
  bits: number,
  buf: FeatureBuffers,
): number {
  const n = to - from
  buf.ensure(n)
  const { codes, wordPos, pos, word, prevWord, nextWord, prevPos, nextPos, wordLen, features } = buf
  codes[0] = codes[1] = BEFORE
  codes[n + 2] = codes[n + 3] = AFTER
  for (let k = 0; k < n; k++) codes[k + 2] = foldedCode(text.charCodeAt(from + k))

  // Words: position in word (0 B, 1 M, 2 E, 3 S), tag, identity, neighbours.
  let t = firstToken
  while (t < tokens.length && tokens[t].end <= from) t++
  const { wordStarts, wordEnds, wordTags, wordIds } = buf
  let words = 0
  for (let k = from; k < to;) {
    const tok = t < tokens.length ? tokens[t] : undefined
    if (tok && tok.start <= k && tok.end > k) {
      const end = Math.min(tok.end, to)
      wordStarts[words] = k - from
      wordEnds[words] = end - from
      wordTags[words] = tagCode(tok.tag)
      wordIds[words++] = wordCode(text, k, end)
      k = end
      t++
    } else {
      wordStarts[words] = k - from
      wordEnds[words] = k - from + 1
      wordTags[words] = PUNCT_TAG
      wordIds[words++] = wordCode(text, k, k + 1)
      k++
      if (tok && tok.end <= k) t++
    }
  }
  for (let w = 0; w < words; w++) {
    const s = wordStarts[w]
    const e = wordEnds[w]
    const len = Math.min(e - s, 4)
    for (let k = s; k < e; k++) {
      wordPos[k] = e - s === 1 ? 3 : k === s ? 0 : k === e - 1 ? 2 : 1
      pos[k] = wordTags[w]
      word[k] = wordIds[w]
      prevWord[k] = w > 0 ? wordIds[w - 1] : NO_WORD
      nextWord[k] = w + 1 < words ? wordIds[w + 1] : NO_WORD
      prevPos[k] = w > 0 ? wordTags[w - 1] : NO_WORD
      nextPos[k] = w + 1 < words ? wordTags[w + 1] : NO_WORD
      wordLen[k] = len
    }
  }

  // Lexicon matches, scanned once per sentence over the character codes.
  const { placeStart, placeEnd, orgStart, orgEnd, adminStart, adminEnd, officeStart, officeEnd } =
    buf
  lexicons.place.scan(codes, 2, n, placeStart, placeEnd)
  lexicons.org.scan(codes, 2, n, orgStart, orgEnd)
  lexicons.admin.scan(codes, 2, n, adminStart, adminEnd)
  lexicons.office.scan(codes, 2, n, officeStart, officeEnd)
  // Places: 0 outside, 1 first, 2 inside, 3 last character of the longest place, left to right.
  const place = buf.place
  place.fill(0, 0, n)
  for (let k = 0; k < n;) {
    const len = placeStart[k]
    if (len < 2) {
      k++
      continue
    }
    place[k] = 1
    for (let j = k + 1; j < k + len - 1; j++) place[j] = 2
    place[k + len - 1] = 3
    k += len
  }
  // Surnames: 2 a two-character one, else the single-character class.
  const surname = buf.surname
  for (let k = 0; k < n; k++) {
    const c = codes[k + 2]
    const next = codes[k + 3]
    surname[k] =
      c <= 0xffff &&
      next <= 0xffff &&
      lexicons.doubleSurnameFirst[c] === 1 &&
      lexicons.doubleSurnames.has(c * 65536 + next)
        ? 2
        : c <= 0xffff
          ? lexicons.surname[c]
          : 0
  }

  const shift = 32 - bits
  // One line per template, in slot order (the order is what counts). Written out rather than
  // through a helper that advances a shared cursor: this loop is the extractor's hot path.
  for (let k = 0, o = 0; k < n; k++, o += SLOTS) {
    const cm2 = codes[k]
    const cm1 = codes[k + 1]
    const c0 = codes[k + 2]
    const cp1 = codes[k + 3]
    const cp2 = codes[k + 4]
    const wp = wordPos[k]
    const p0 = pos[k]
    features[o] = bucket(mix(1, cm2), shift)
    features[o + 1] = bucket(mix(2, cm1), shift)
    features[o + 2] = bucket(mix(3, c0), shift)
    features[o + 3] = bucket(mix(4, cp1), shift)
    features[o + 4] = bucket(mix(5, cp2), shift)
    features[o + 5] = bucket(mix(mix(6, cm2), cm1), shift)
    features[o + 6] = bucket(mix(mix(7, cm1), c0), shift)
    features[o + 7] = bucket(mix(mix(8, c0), cp1), shift)
    features[o + 8] = bucket(mix(mix(9, cp1), cp2), shift)
    features[o + 9] = bucket(mix(mix(mix(10, cm2), cm1), c0), shift)
    features[o + 10] = bucket(mix(mix(mix(11, cm1), c0), cp1), shift)
    features[o + 11] = bucket(mix(mix(mix(12, c0), cp1), cp2), shift)
    features[o + 12] = bucket(
      mix(13, charClass(cm1) * 64 + charClass(c0) * 8 + charClass(cp1)),
      shift,
    )
    features[o + 13] = bucket(mix(mix(mix(14, c0), wp), p0), shift)
    features[o + 14] = bucket(mix(mix(15, p0), wp * 8 + wordLen[k]), shift)
    features[o + 15] = bucket(mix(mix(16, word[k]), wp), shift)
    features[o + 16] = bucket(mix(mix(17, prevWord[k]), wp), shift)
    features[o + 17] = bucket(mix(mix(18, nextWord[k]), wp), shift)
    features[o + 18] = bucket(mix(mix(mix(mix(19, prevPos[k]), p0), nextPos[k]), wp), shift)
    features[o + 19] = bucket(mix(20, surname[k] * 4 + wp), shift)
    features[o + 20] = bucket(
      mix(21, min7(orgEnd[k]) * 8 + (k + 1 < n ? min7(orgStart[k + 1]) : 0)),
      shift,
    )
    features[o + 21] = bucket(
      mix(22, min7(adminEnd[k]) * 8 + (k + 1 < n ? min7(adminStart[k + 1]) : 0)),
      shift,
    )
    features[o + 22] = bucket(
      mix(
        23,
        (k > 0 ? min7(officeEnd[k - 1]) : 0) * 8 + (k + 1 < n ? min7(officeStart[k + 1]) : 0),
      ),
      shift,
    )
    features[o + 23] = bucket(mix(24, place[k] * 4 + wp), shift)
    features[o + 24] = bucket(
      mix(26, (k >= 2 ? surname[k - 2] : 4) * 32 + (k >= 1 ? surname[k - 1] : 4) * 4 + wp),
      shift,
    )
    features[o + 25] = biasBucket(shift)
  }
  return t
}
