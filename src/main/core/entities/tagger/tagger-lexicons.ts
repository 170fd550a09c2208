import { nationalOrgs, orgSuffixes } from '../lexicon/org-suffixes'
import { offices } from '../lexicon/offices'
import { adminSuffixes, gazetteer } from '../lexicon/places'
import { doubleSurnameList, isAmbiguousSurname, surnameAt } from '../lexicon/surnames'

/**
 * A word list matched by a rolling hash over character codes: no strings are built while
 * scanning. An open-addressing table holds every word and every prefix of one (so a scan stops
 * as soon as no word can continue); two independent 32-bit hashes make a false match
 * vanishingly rare, and a feature, not a decision.
 */
export class HashedLexicon {
  private readonly mask: number
  private readonly key1: Int32Array
  private readonly key2: Int32Array
  /** 0 empty, 1 a prefix only, 2 a whole word (and perhaps a prefix). */
  private readonly kind: Uint8Array
  /** Per UTF-16 unit: 1 where some word starts with it (most positions start none). */
  private readonly firsts = new Uint8Array(65536)
  readonly maxLength: number

  constructor(words: Iterable<string>, maxLength = 12) {
    const list = [...words].filter((w) => w.length >= 1 && w.length <= maxLength)
    let entries = 0
    for (const w of list) entries += w.length
    let size = 16
    while (size < entries * 2) size *= 2
    this.mask = size - 1
    this.key1 = new Int32Array(size)
    this.key2 = new Int32Array(size)
    this.kind = new Uint8Array(size)
    let longest = 0
    for (const w of list) {
      this.firsts[w.charCodeAt(0)] = 1
      let h1 = SEED1
      let h2 = SEED2
      for (let k = 0; k < w.length; k++) {
        h1 = step1(h1, w.charCodeAt(k))
        h2 = step2(h2, w.charCodeAt(k))
        this.insert(h1, h2, k === w.length - 1 ? 2 : 1)
      }
      longest = Math.max(longest, w.length)
    }
    this.maxLength = longest
  }

  private insert(h1: number, h2: number, kind: number): void {
    let i = (h1 ^ (h2 >>> 7)) & this.mask
    while (this.kind[i] !== 0) {
      if (this.key1[i] === h1 && this.key2[i] === h2) {
        if (kind > this.kind[i]) this.kind[i] = kind
        return
      }
      i = (i + 1) & this.mask
    }
    this.key1[i] = h1
    this.key2[i] = h2
    this.kind[i] = kind
  }

  private find(h1: number, h2: number): number {
    let i = (h1 ^ (h2 >>> 7)) & this.mask
    for (;;) {
      const kind = this.kind[i]
      if (kind === 0 || (this.key1[i] === h1 && this.key2[i] === h2)) return kind
      i = (i + 1) & this.mask
    }
  }

  /**
   * For each position k of `codes[offset, offset + n)`: `startLen[k]` the longest word
   * starting at k and `endLen[k]` the longest word ending at k (inclusive), 0 where none.
   */
  scan(
    codes: Int32Array,
    offset: number,
    n: number,
    startLen: Uint8Array,
    endLen: Uint8Array,
  ): void {
    startLen.fill(0, 0, n)
    endLen.fill(0, 0, n)
    const firsts = this.firsts
    for (let k = 0; k < n; k++) {
      const first = codes[offset + k]
      if (first > 0xffff || firsts[first] === 0) continue
      let h1 = SEED1
      let h2 = SEED2
      const stop = Math.min(n, k + this.maxLength)
      for (let j = k; j < stop; j++) {
        const c = codes[offset + j]
        h1 = step1(h1, c)
        h2 = step2(h2, c)
        const kind = this.find(h1, h2)
        if (kind === 0) break
        if (kind === 2) {
          const len = j - k + 1
          startLen[k] = len
          if (len > endLen[j]) endLen[j] = len
        }
      }
    }
  }
}

const SEED1 = 0x811c9dc5 | 0
const SEED2 = 0x9747b28c | 0
const step1 = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193)
const step2 = (h: number, c: number): number => Math.imul(h + c, 0x5bd1e995) ^ 0x2545f491

/**
 * The genre lexicons the tagger reads as features (never as decisions): surnames, offices,
 * organisation and administrative suffixes, and a gazetteer of places.
 */
export interface TaggerLexicons {
  /** Per UTF-16 unit: 1 a clear surname, 3 an ambiguous one (和, 全, 高…), 0 none. */
  surname: Uint8Array
  /** Two-character surnames (欧阳) as `first * 65536 + second`. */
  doubleSurnames: ReadonlySet<number>
  /** Per UTF-16 unit: 1 where a two-character surname starts with it (skips most set lookups). */
  doubleSurnameFirst: Uint8Array
  org: HashedLexicon
  admin: HashedLexicon
  office: HashedLexicon
  place: HashedLexicon
}

const cache = new WeakMap<readonly string[], TaggerLexicons>()
const noPlaces: readonly string[] = []

/**
 * The lexicons, with `places` (a model's gazetteer of administrative divisions, if it has
 * one) added to the built-in provinces, prefectures and countries. Built once per list.
 */
export function taggerLexicons(places: readonly string[] = noPlaces): TaggerLexicons {
  const known = cache.get(places)
  if (known) return known
  const surname = new Uint8Array(65536)
  const doubleSurnames = new Set<number>()
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const ch = String.fromCharCode(c)
    if (surnameAt(ch, 0) === 1) surname[c] = isAmbiguousSurname(ch) ? 3 : 1
  }
  const doubleSurnameFirst = new Uint8Array(65536)
  for (const d of doubleSurnameList) {
    doubleSurnames.add(d.charCodeAt(0) * 65536 + d.charCodeAt(1))
    doubleSurnameFirst[d.charCodeAt(0)] = 1
  }
  const lexicons: TaggerLexicons = {
    surname,
    doubleSurnames,
    doubleSurnameFirst,
    org: new HashedLexicon([...orgSuffixes, ...nationalOrgs]),
    admin: new HashedLexicon(adminSuffixes),
    office: new HashedLexicon(offices),
    place: new HashedLexicon(
      [...gazetteer, ...places].filter((p) => p.length >= 2),
      8,
    ),
  }
  cache.set(places, lexicons)
  return lexicons
}
