// Measures the precision of the `term` rule by hand judgement.
//
//   npx tsx tools/terms/quote-precision.ts sample --pfr 199801.txt --issues DIR \
//       --population baseline|current --part dev|heldout --n 300 --seed 1 > judged.tsv
//   npx tsx tools/terms/quote-precision.ts score --pfr 199801.txt --issues DIR judged.tsv ...
//
// `sample` prints spans one rule fires on, one per line: key, an empty label column, the span
// and its context. A person fills the label (1 = a policy term, 0 = not) in a copy kept
// outside the repository. `score` reads judged files and prints, for the frozen baseline rule
// and for the current rule, how many judged spans each keeps and how many of those are terms.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { getEngine } from '../../src/main/engines/engine-registry'
import { termRule } from '../../src/main/core/entities/rules/term-rule'
import { segmentText } from '../../src/main/core/entities/segment-text'
import { issueParagraphs, partOf, pfrParagraphs, type Paragraph, type Part } from './sources'

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pfr: { type: 'string' },
    issues: { type: 'string' },
    population: { type: 'string', default: 'baseline' },
    part: { type: 'string', default: 'dev' },
    n: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    show: { type: 'boolean', default: false },
  },
})
const [command, ...files] = positionals
if ((command !== 'sample' && command !== 'score') || (!args.pfr && !args.issues)) {
  console.error('usage: quote-precision.ts sample|score --pfr FILE --issues DIR [options] [TSV…]')
  process.exit(2)
}

interface Span {
  start: number
  end: number
}

// The rule as it stood before this measurement began: any 2–20 character quotation without
// sentence punctuation. Frozen here so every later run compares against the same baseline.
const baselineQuote = /[“「『]([^“”「」『』。，！？；：,!?;\n]{2,20})[”」』]/g
function baselineTerms(text: string): Span[] {
  const out: Span[] = []
  for (const m of text.matchAll(baselineQuote))
    out.push({ start: m.index + 1, end: m.index + 1 + m[1].length })
  return out
}

const engine = getEngine()
function currentTerms(text: string): Span[] {
  return termRule({ text, seg: segmentText(text, engine) })
}

const keyOf = (p: Paragraph, s: Span): string => `${p.id}@${s.start}-${s.end}`

function paragraphs(): Paragraph[] {
  return [
    ...(args.pfr ? pfrParagraphs(args.pfr) : []),
    ...(args.issues ? issueParagraphs(args.issues) : []),
  ]
}

/** mulberry32: a small seeded generator, so a sample can be drawn again exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Shuffles in place with the seeded generator (Fisher–Yates). */
function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}

const sourceOf = (key: string): 'pfr' | 'issue' => (key.startsWith('pfr:') ? 'pfr' : 'issue')

// Half the sample from each source: the issue files are the genre Gloss is for, but hold ten
// times fewer quotations than PFR, so a uniform draw would barely see them.
function sample(): void {
  const part = args.part as Part
  const fire = args.population === 'current' ? currentTerms : baselineTerms
  const population = { pfr: [] as string[], issue: [] as string[] }
  for (const p of paragraphs()) {
    if (partOf(p.id) !== part) continue
    for (const s of fire(p.text)) {
      const left = p.text.slice(Math.max(0, s.start - 24), s.start)
      const right = p.text.slice(s.end, s.end + 24)
      const surface = p.text.slice(s.start, s.end)
      const key = keyOf(p, s)
      population[sourceOf(key)].push(`${key}\t\t${surface}\t${left}【${surface}】${right}`)
    }
  }
  const random = seeded(Number(args.seed))
  const n = Number(args.n)
  const issues = shuffle(population.issue, random).slice(0, Math.ceil(n / 2))
  const pfr = shuffle(population.pfr, random).slice(0, n - issues.length)
  console.error(
    `${args.population} rule, ${part} part: ${population.pfr.length} spans in PFR, ` +
      `${population.issue.length} in issue files; printing ${pfr.length} + ${issues.length}`,
  )
  for (const line of [...pfr, ...issues]) console.log(line)
}

interface Tally {
  kept: number
  terms: number
}

function score(): void {
  const byId = new Map(paragraphs().map((p) => [p.id, p]))
  const surfaceOf = (key: string): string => {
    const [start, end] = key
      .slice(key.lastIndexOf('@') + 1)
      .split('-')
      .map(Number)
    return byId.get(key.slice(0, key.lastIndexOf('@')))?.text.slice(start, end) ?? ''
  }
  for (const file of files) {
    const judged = new Map<string, boolean>()
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [key, label] = line.split('\t')
      if (key && (label === '0' || label === '1')) judged.set(key, label === '1')
    }
    const fired = { baseline: new Set<string>(), current: new Set<string>() }
    for (const key of judged.keys()) {
      const p = byId.get(key.slice(0, key.lastIndexOf('@')))
      if (!p) throw new Error(`${file}: no paragraph for ${key}`)
      for (const s of baselineTerms(p.text)) fired.baseline.add(keyOf(p, s))
      for (const s of currentTerms(p.text)) fired.current.add(keyOf(p, s))
    }
    console.log(file)
    if (args.show)
      for (const [key, isTerm] of judged)
        if (isTerm !== fired.current.has(key))
          console.log(`  ${isTerm ? 'missed' : 'wrong '} ${key} ${surfaceOf(key)}`)
    for (const source of ['all', 'pfr', 'issue'] as const) {
      const rows = [...judged].filter(([key]) => source === 'all' || sourceOf(key) === source)
      const sourceTerms = rows.filter(([, isTerm]) => isTerm).length
      console.log(`  ${source}: ${rows.length} judged, ${sourceTerms} terms`)
      for (const rule of ['baseline', 'current'] as const) {
        const t: Tally = { kept: 0, terms: 0 }
        for (const [key, isTerm] of rows)
          if (fired[rule].has(key)) {
            t.kept++
            if (isTerm) t.terms++
          }
        const precision = t.kept ? (t.terms / t.kept).toFixed(3) : '—'
        console.log(
          `    ${rule.padEnd(8)} keeps ${String(t.kept).padStart(4)}, of them terms ` +
            `${String(t.terms).padStart(4)}: precision ${precision}, terms kept ${t.terms}/${sourceTerms}`,
        )
      }
    }
  }
}

if (command === 'sample') sample()
else score()
