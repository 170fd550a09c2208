#!/usr/bin/env node
// Copy of /work/shared/corpus/score-parse.mjs (same checks), changed only to score another folder and to
// print subtotals per layout and per encoding. Run from a Gloss checkout:
//   node tools/parse-eval/score.mjs --dir FOLDER [--label NAME] [--verbose] [--no-entities] [--only SUBSTRING]
// FOLDER holds *.txt issue files with a *.expected.json beside each (e.g. the output of build-heldout.ts).
// For each file it runs `npm run --silent cli -- parse FILE --json` and checks (the same checks the project's parse score uses):
//   - the article count;
//   - per gold article (matched by title, spaces ignored, else by position):
//       title; kicker + subtitle together; the first body paragraph starts with the gold opening
//       (first 8 characters of `first_body_paragraph_first_12_chars`, or of the text after an inline byline);
//       the body paragraph count (after repairing page breaks; byline and trailing credit lines excluded).
// All comparisons ignore whitespace (ASCII and U+3000). Prints one line per file, the misses with --verbose,
// and last `dev parse: N/M checks (ratio)`. No dependencies; Node >= 18.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const dirAt = args.indexOf('--dir')
const corpusDir = dirAt >= 0 ? args[dirAt + 1] : dirname(fileURLToPath(import.meta.url))
const labelAt = args.indexOf('--label')
const label = labelAt >= 0 ? args[labelAt + 1] : 'held-out parse'
const verbose = args.includes('--verbose') || args.includes('-v')
const noEntities = args.includes('--no-entities')
const onlyAt = args.indexOf('--only')
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '') : ''

const nospace = (s) => (s ?? '').replace(/[\s\u3000]+/g, '')
const subtitleOf = (a) =>
  Array.isArray(a.subtitles) ? a.subtitles.join(' ') : (a.subtitle ?? null)
const fmt = (x) => x.toFixed(3)

function cliParse(file) {
  const argv = ['run', '--silent', 'cli', '--', 'parse', file, '--json']
  if (noEntities) argv.push('--no-entities')
  const out = execFileSync('npm', argv, {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 180000,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const start = out.indexOf('{')
  if (start < 0) throw new Error('no JSON on stdout')
  return JSON.parse(out.slice(start))
}

const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt') && f.includes(only))
  .filter((f) => {
    try {
      readFileSync(join(corpusDir, f.replace(/\.txt$/, '.expected.json')))
      return true
    } catch {
      return false
    }
  })
  .sort()

let ok = 0,
  all = 0
const groups = new Map()
const tally = (key, fok, fall) => {
  const g = groups.get(key) ?? [0, 0]
  groups.set(key, [g[0] + fok, g[1] + fall])
}
for (const f of files) {
  const exp = JSON.parse(
    readFileSync(join(corpusDir, f.replace(/\.txt$/, '.expected.json')), 'utf8'),
  )
  const layoutKey = `layout ${exp.paragraph_style}${exp.label_style ? ` (${exp.label_style})` : ''}`
  const encodingKey = `encoding ${exp.encoding}`
  const perFile = 1 + exp.articles.length * 4
  let doc
  try {
    doc = cliParse(join(corpusDir, f))
  } catch (e) {
    const why = String(e.stderr || e.message || e)
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ')
    console.log(`${f}: 0/${perFile}  CLI failed: ${why}`)
    all += perFile
    tally(layoutKey, 0, perFile)
    tally(encodingKey, 0, perFile)
    continue
  }
  const arts = doc.articles ?? []
  let fok = 0,
    fall = 0
  const misses = []
  const check = (cond, what) => {
    fall++
    if (cond) fok++
    else misses.push(what)
  }
  check(arts.length === exp.article_count, `article count ${arts.length} != ${exp.article_count}`)
  exp.articles.forEach((g, i) => {
    const a = arts.find((x) => nospace(x.title) === nospace(g.title)) ?? arts[i] ?? {}
    check(
      nospace(a.title) === nospace(g.title),
      `art ${i + 1} title ${JSON.stringify(a.title ?? null)} want ${JSON.stringify(g.title)}`,
    )
    check(
      nospace(a.kicker) === nospace(g.kicker) && nospace(subtitleOf(a)) === nospace(g.subtitle),
      `art ${i + 1} kicker/subtitle ${JSON.stringify([a.kicker ?? null, subtitleOf(a)])} want ${JSON.stringify([g.kicker, g.subtitle])}`,
    )
    const first = nospace(a.paragraphs?.[0]?.text)
    const want = [
      g.first_body_paragraph_first_12_chars,
      g.first_body_paragraph_first_12_chars_after_byline,
    ]
      .filter(Boolean)
      .map(nospace)
    check(
      want.some((w) => first.startsWith(w.slice(0, 8))),
      `art ${i + 1} first paragraph ${JSON.stringify(first.slice(0, 14))} want ${JSON.stringify(want)}`,
    )
    const n = (a.paragraphs ?? []).length
    check(n === g.body_paragraph_count, `art ${i + 1} paragraphs ${n} != ${g.body_paragraph_count}`)
  })
  ok += fok
  all += fall
  tally(layoutKey, fok, fall)
  tally(encodingKey, fok, fall)
  console.log(`${f}: ${fok}/${fall}`)
  if (verbose) for (const m of misses) console.log(`${f}: miss: ${m}`)
}
for (const [k, [a, b]] of [...groups].sort())
  console.log(`  ${k}: ${a}/${b} (${fmt(a / Math.max(b, 1))})`)
console.log(`${label}: ${ok}/${all} checks (${fmt(ok / Math.max(all, 1))})`)
