import lexicon from '../../../../../../resources/entities/policy-terms.json'
import type { Segmentation } from '../../segment-text'

/** Every known formulation, quoted or not: a quotation equal to one is a term. */
const known = new Set<string>([...lexicon.formulations, ...lexicon.quotedOnly])

export const isKnownFormulation = (content: string): boolean => known.has(content)

// Formulations distinctive enough to be terms unquoted, longest first under their first
// character, so 乡村振兴战略 is found before 乡村振兴.
const byFirstChar = new Map<string, string[]>()
for (const f of [...lexicon.formulations].sort((a, b) => b.length - a.length)) {
  const list = byFirstChar.get(f[0]) ?? []
  list.push(f)
  byFirstChar.set(f[0], list)
}

export interface Span {
  start: number
  end: number
}

/**
 * Known formulations written without quotation marks, where they stand as whole words: the
 * segmenter puts a word boundary at both ends, so 乡村振兴 is found in 推进乡村振兴 but not
 * read into a longer word that merely contains the same characters.
 */
export function unquotedFormulations(text: string, seg: Segmentation): Span[] {
  const out: Span[] = []
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirstChar.get(text[i])
    if (!candidates || !seg.isBoundary(i)) continue
    const found = candidates.find((f) => text.startsWith(f, i) && seg.isBoundary(i + f.length))
    if (!found) continue
    out.push({ start: i, end: i + found.length })
    i += found.length - 1
  }
  return out
}
