// Scores entity mentions against a gold file (the sample's lives in the team's shared
// evaluation folder beside the checkout, outside this repository) exactly as its
// score-sample.mjs's `seedEntities` does: every occurrence of a gold surface
// is one gold mention, longer surfaces first, 市委 before 书/副 left to the office title; a
// prediction counts when type, start and end all match. Offsets here are UTF-16 throughout.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EntityMention } from '../../src/shared/model'

export type ScoredType = 'person' | 'place' | 'org'
export const scoredTypes: readonly ScoredType[] = ['person', 'place', 'org']

export interface Gold {
  person: string[]
  place: string[]
  org: string[]
}

export interface TypeScore {
  p: number
  r: number
  f: number
  falsePositives: string[]
  missed: string[]
}

/** The sample's gold: `GLOSS_SEED_GOLD`, else `shared/eval/seed-gold.json` beside the checkout;
 * null when neither exists (a clone without the team's evaluation folder). */
export function findSeedGold(env: NodeJS.ProcessEnv = process.env): string | null {
  const path =
    env.GLOSS_SEED_GOLD ?? join(import.meta.dirname, '../../../shared/eval/seed-gold.json')
  return existsSync(path) ? path : null
}

export function loadSeedGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold
}

interface GoldSpan {
  type: ScoredType
  start: number
  end: number
  text: string
}

export function goldMentions(text: string, gold: Gold): GoldSpan[] {
  const surfaces: [string, ScoredType][] = []
  for (const ty of scoredTypes) for (const s of gold[ty]) surfaces.push([s, ty])
  surfaces.sort((a, b) => b[0].length - a[0].length) // stable, as Array#sort is in the script
  const taken = new Array<boolean>(text.length).fill(false)
  const spans: GoldSpan[] = []
  for (const [s, type] of surfaces) {
    let from = 0
    let i: number
    while ((i = text.indexOf(s, from)) >= 0) {
      from = i + 1
      const e = i + s.length
      if (taken.slice(i, e).some(Boolean)) continue
      if (s === '市委' && /[书副]/.test(text[e] ?? '')) continue
      for (let k = i; k < e; k++) taken[k] = true
      spans.push({ type, start: i, end: e, text: s })
    }
  }
  return spans
}

function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp ? tp / (tp + fp) : 0
  const r = tp + fn ? tp / (tp + fn) : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}

/** P/R/F1 per scored type, with the distinct surfaces of false positives and misses. */
export function scoreEntities(
  text: string,
  mentions: readonly EntityMention[],
  gold: Gold,
): Record<ScoredType, TypeScore> {
  const golds = goldMentions(text, gold)
  const preds = mentions.filter((m) => (scoredTypes as readonly string[]).includes(m.type))
  const key = (e: { type: string; start: number; end: number }): string =>
    `${e.type}:${e.start}:${e.end}`
  const gk = new Set(golds.map(key))
  const pk = new Set(preds.map(key))
  const out = {} as Record<ScoredType, TypeScore>
  for (const ty of scoredTypes) {
    const g = golds.filter((e) => e.type === ty)
    const p = preds.filter((e) => e.type === ty)
    const tp = p.filter((e) => gk.has(key(e))).length
    const fn = g.length - g.filter((e) => pk.has(key(e))).length
    out[ty] = {
      ...prf(tp, p.length - tp, fn),
      falsePositives: [
        ...new Set(p.filter((e) => !gk.has(key(e))).map((e) => text.slice(e.start, e.end))),
      ],
      missed: [...new Set(g.filter((e) => !pk.has(key(e))).map((e) => e.text))],
    }
  }
  return out
}

/** One line per type, in the script's format. */
export function formatScores(label: string, scores: Record<ScoredType, TypeScore>): string {
  const f = (x: number): string => x.toFixed(3)
  return scoredTypes
    .map((ty) => {
      const s = scores[ty]
      return `${label} ${ty}: P ${f(s.p)} R ${f(s.r)} F1 ${f(s.f)}  false+ ${s.falsePositives.slice(0, 12).join(' ')}  missed ${s.missed.slice(0, 12).join(' ')}`
    })
    .join('\n')
}
