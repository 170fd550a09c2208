import type { DictionaryEntry } from '../../../shared/model'
import { Tier, type Candidate } from './candidate'

/**
 * The user's dictionary wins over every layer: 'reject' entries drop matching candidates
 * before overlaps are resolved (so what they hid can surface), 'add' entries mark every
 * occurrence at the top tier. A later entry for the same text overrides an earlier one.
 */
export function applyDictionary(
  text: string,
  candidates: readonly Candidate[],
  dictionary: readonly DictionaryEntry[],
): Candidate[] {
  const adds = new Map<string, DictionaryEntry & { kind: 'add' }>()
  const rejects: (DictionaryEntry & { kind: 'reject' })[] = []
  for (const entry of dictionary) {
    if (!entry.text) continue
    if (entry.kind === 'add') adds.set(entry.text, entry)
    else {
      const added = adds.get(entry.text)
      if (added && (entry.type === null || entry.type === added.type)) adds.delete(entry.text)
      rejects.push(entry)
    }
  }
  const rejected = (c: Candidate): boolean =>
    rejects.some(
      (r) =>
        (r.type === null || r.type === c.type) &&
        c.end - c.start === r.text.length &&
        text.startsWith(r.text, c.start),
    )
  const out = candidates.filter((c) => !rejected(c))
  for (const { text: surface, type } of adds.values()) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1))
      out.push({
        start: i,
        end: i + surface.length,
        type,
        source: 'user',
        tier: Tier.dictionary,
      })
  }
  return out
}
