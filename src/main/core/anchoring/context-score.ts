// Two ways to say how well a candidate's surroundings agree with a selector's stored context.
// Exact occurrences are compared by run length (cheap, and what tells repeats apart); fuzzy
// candidates by bigram overlap, which tolerates the off-by-one boundaries of approximate
// matching and an edit right next to the quote.
import type { AnnotationSelector } from '../../../shared/model'

/** Code units of `prefix` that agree with `text` going backwards from `start`. */
export function prefixRun(text: string, start: number, prefix: string): number {
  let n = 0
  while (n < prefix.length && n < start && prefix[prefix.length - 1 - n] === text[start - 1 - n])
    n++
  return n
}

/** Code units of `suffix` that agree with `text` going forwards from `end`. */
export function suffixRun(text: string, end: number, suffix: string): number {
  let n = 0
  while (n < suffix.length && end + n < text.length && suffix[n] === text[end + n]) n++
  return n
}

/**
 * Dice coefficient of the two strings' bigram multisets, in [0, 1]; 1 when equal. Strings of
 * one code unit have no bigrams and count as equal or not.
 */
export function bigramSimilarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return 0
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < a.length; i++) {
    const gram = a.slice(i, i + 2)
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i + 1 < b.length; i++) {
    const gram = b.slice(i, i + 2)
    const left = counts.get(gram) ?? 0
    if (left > 0) {
      shared++
      counts.set(gram, left - 1)
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1))
}

/**
 * How well the text around `[start, end)` agrees with the stored prefix and suffix, in
 * [0, 1] by bigram overlap; a side whose stored context is empty (the quote sat at the text's
 * edge) is left out, and with no context at all the answer is 1.
 */
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  selector: Pick<AnnotationSelector, 'prefix' | 'suffix'>,
): number {
  const { prefix, suffix } = selector
  const sides: number[] = []
  if (prefix)
    sides.push(bigramSimilarity(prefix, text.slice(Math.max(0, start - prefix.length), start)))
  if (suffix) sides.push(bigramSimilarity(suffix, text.slice(end, end + suffix.length)))
  return sides.length === 0 ? 1 : sides.reduce((sum, side) => sum + side, 0) / sides.length
}
