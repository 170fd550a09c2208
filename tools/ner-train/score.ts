// Exact-span scoring per type (CoNLL style) with a small confusion summary.
import { taggedTypes, type TaggedType } from '../../src/main/core/entities/tagger/tag-scheme'
import type { GoldSpan } from './corpus'

export interface TypeScore {
  tp: number
  fp: number
  fn: number
}

export interface Score {
  byType: Record<TaggedType, TypeScore>
  /** Gold spans found with the right boundaries but another type, by "gold→found". */
  wrongType: Map<string, number>
  /** Gold spans overlapped by a found span of the same type with other boundaries. */
  wrongBoundary: Record<TaggedType, number>
  /** Gold spans nothing found overlaps at all. */
  missed: Record<TaggedType, number>
  /** Found spans overlapping no gold span at all. */
  spurious: Record<TaggedType, number>
}

const zero = (): Record<TaggedType, number> => ({ PER: 0, LOC: 0, ORG: 0 })

export function emptyScore(): Score {
  return {
    byType: {
      PER: { tp: 0, fp: 0, fn: 0 },
      LOC: { tp: 0, fp: 0, fn: 0 },
      ORG: { tp: 0, fp: 0, fn: 0 },
    },
    wrongType: new Map(),
    wrongBoundary: zero(),
    missed: zero(),
    spurious: zero(),
  }
}

export function addDocument(
  score: Score,
  gold: readonly GoldSpan[],
  found: readonly GoldSpan[],
): void {
  const key = (s: GoldSpan): string => `${s.start}:${s.end}:${s.type}`
  const goldKeys = new Set(gold.map(key))
  const foundKeys = new Set(found.map(key))
  const overlaps = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end
  for (const g of gold) {
    if (foundKeys.has(key(g))) score.byType[g.type].tp++
    else {
      score.byType[g.type].fn++
      const same = found.find((f) => f.start === g.start && f.end === g.end)
      if (same) {
        const k = `${g.type}→${same.type}`
        score.wrongType.set(k, (score.wrongType.get(k) ?? 0) + 1)
      } else if (found.some((f) => f.type === g.type && overlaps(f, g)))
        score.wrongBoundary[g.type]++
      else if (!found.some((f) => overlaps(f, g))) score.missed[g.type]++
    }
  }
  for (const f of found) {
    if (goldKeys.has(key(f))) continue
    score.byType[f.type].fp++
    if (!gold.some((g) => overlaps(f, g))) score.spurious[f.type]++
  }
}

const f3 = (x: number): string => x.toFixed(3)

export function prf(s: TypeScore): { p: number; r: number; f: number } {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}

export function microF1(score: Score): number {
  const all = { tp: 0, fp: 0, fn: 0 }
  for (const t of taggedTypes) {
    all.tp += score.byType[t].tp
    all.fp += score.byType[t].fp
    all.fn += score.byType[t].fn
  }
  return prf(all).f
}

export function formatScore(title: string, score: Score): string {
  const lines = [`${title}`, '  type   P      R      F1     gold   found']
  for (const t of taggedTypes) {
    const s = score.byType[t]
    const { p, r, f } = prf(s)
    lines.push(
      `  ${t}    ${f3(p)}  ${f3(r)}  ${f3(f)}  ${String(s.tp + s.fn).padStart(5)}  ${String(s.tp + s.fp).padStart(5)}`,
    )
  }
  lines.push(`  micro F1 ${f3(microF1(score))}`)
  const wrong = [...score.wrongType].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'
  lines.push(`  confusion: right span, wrong type: ${wrong}`)
  const per = (r: Record<TaggedType, number>): string =>
    taggedTypes.map((t) => `${t} ${r[t]}`).join(', ')
  lines.push(`             same type, wrong boundary: ${per(score.wrongBoundary)}`)
  lines.push(`             missed entirely: ${per(score.missed)}`)
  lines.push(`             found, overlapping no gold: ${per(score.spurious)}`)
  return lines.join('\n')
}
