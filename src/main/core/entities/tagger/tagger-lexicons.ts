import { nationalOrgs, orgSuffixes } from '../lexicon/org-suffixes'
import { offices } from '../lexicon/offices'
import { adminSuffixes, gazetteer } from '../lexicon/places'
import { isAmbiguousSurname, surnameAt } from '../lexicon/surnames'

/** Words grouped by their first (or last) character, longest first: a cheap trie. */
type ByChar = Map<number, string[]>

function byChar(words: Iterable<string>, last: boolean): ByChar {
  const map: ByChar = new Map()
  for (const w of words) {
    if (!w) continue
    const key = w.charCodeAt(last ? w.length - 1 : 0)
    const list = map.get(key) ?? []
    list.push(w)
    map.set(key, list)
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length)
  return map
}

export type LexiconName = 'org' | 'admin' | 'office'

/**
 * The genre lexicons the tagger reads as features (never as decisions): whether a surname
 * starts here, an office ends just before, an organisation or administrative suffix ends or
 * starts here, and how long the longest place name starting here is.
 */
export interface TaggerLexicons {
  surname(text: string, i: number): number
  /** Length of the longest word of `set` ending at `end` (exclusive), or 0. */
  endingAt(set: LexiconName, text: string, end: number): number
  /** Length of the longest word of `set` starting at `start`, or 0. */
  startingAt(set: LexiconName, text: string, start: number): number
  /** Length of the longest place starting at `start` and ending by `limit`, or 0. */
  placeAt(text: string, start: number, limit: number): number
}

const MAX_PLACE = 8

/** A 52-bit hash of `text[start, end)`, built one character at a time. */
const step1 = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193)
const step2 = (h: number, c: number): number => Math.imul(h + c, 0x5bd1e995) ^ 0x2545f491
const key = (h1: number, h2: number): number => (h1 >>> 0) * 2 ** 20 + ((h2 >>> 0) & 0xfffff)

function placeKeys(places: Iterable<string>): Set<number> {
  const keys = new Set<number>()
  for (const p of places) {
    if (p.length < 2 || p.length > MAX_PLACE) continue
    let h1 = 0x811c9dc5
    let h2 = 0x9747b28c
    for (let k = 0; k < p.length; k++) {
      h1 = step1(h1, p.charCodeAt(k))
      h2 = step2(h2, p.charCodeAt(k))
    }
    keys.add(key(h1, h2))
  }
  return keys
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
  const words: Record<LexiconName, string[]> = {
    org: [...orgSuffixes, ...nationalOrgs],
    admin: adminSuffixes,
    office: offices,
  }
  const ends = new Map<LexiconName, ByChar>()
  const starts = new Map<LexiconName, ByChar>()
  for (const name of Object.keys(words) as LexiconName[]) {
    ends.set(name, byChar(words[name], true))
    starts.set(name, byChar(words[name], false))
  }
  const keys = placeKeys([...gazetteer, ...places])
  const lexicons: TaggerLexicons = {
    surname: (text, i) => {
      const s = surnameAt(text, i)
      return s === 1 && isAmbiguousSurname(text[i]) ? 3 : s
    },
    endingAt(set, text, end) {
      if (end <= 0) return 0
      const list = ends.get(set)!.get(text.charCodeAt(end - 1))
      if (list) for (const w of list) if (text.endsWith(w, end)) return w.length
      return 0
    },
    startingAt(set, text, start) {
      const list = starts.get(set)!.get(text.charCodeAt(start))
      if (list) for (const w of list) if (text.startsWith(w, start)) return w.length
      return 0
    },
    placeAt(text, start, limit) {
      let h1 = 0x811c9dc5
      let h2 = 0x9747b28c
      let best = 0
      const stop = Math.min(limit, start + MAX_PLACE)
      for (let k = start; k < stop; k++) {
        const c = text.charCodeAt(k)
        if (c < 0x3400) break // places are Han names
        h1 = step1(h1, c)
        h2 = step2(h2, c)
        if (k > start && keys.has(key(h1, h2))) best = k - start + 1
      }
      return best
    },
  }
  cache.set(places, lexicons)
  return lexicons
}
