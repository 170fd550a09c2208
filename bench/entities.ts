// Entity recogniser figures: engine and model load time, chars/s on the sample issue and on a
// ≥2 MB generated text — the whole pipeline with the trained tagger, without it, and raw
// `jieba.tag` on the same text in the same run — a 10,000-character issue's latency, the
// memory the model adds, peak RSS. Prints only; no asserts.
// Run: npx tsx bench/entities.ts [jieba|segmentit ...]
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { engineLoadMs, getEngine } from '../src/main/engines/engine-registry'
import type { EngineName } from '../src/main/core/entities/engines/segmenter-engine'
import { recogniseEntities } from '../src/main/core/entities/recognise-entities'
import { readBundledTagger } from '../src/main/services/entities/bundled-tagger'

const root = join(import.meta.dirname, '..')
const sample = readFileSync(
  join(root, 'resources/samples/hengyang-evening-news-2023-04-26.txt'),
  'utf8',
)
const fixtures = join(root, 'tests/main/core/entities/fixtures')
const passages = [
  sample,
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(fixtures, f), 'utf8')),
]

/** Paragraphs of the passages shuffled (deterministically) until `size` characters. */
function generate(size: number): string {
  const paras = passages.flatMap((p) => p.split(/\n+/)).filter(Boolean)
  let out = ''
  for (let i = 0; out.length < size; i++) out += paras[(i * 7919) % paras.length] + '\n\n'
  return out
}

function time(fn: () => void): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

const rate = (chars: number, ms: number): string =>
  `${Math.round((chars / ms) * 1000).toLocaleString('en')} chars/s`
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`

const rssBefore = process.memoryUsage().rss
const loadStart = performance.now()
const bundled = readBundledTagger(join(root, 'resources'))
const modelLoadMs = performance.now() - loadStart
const tagger = bundled?.model ?? null
console.log(
  bundled
    ? `model: ${(bundled.bytes.length / 2 ** 20).toFixed(1)} MB, load (read + hash + parse) ${modelLoadMs.toFixed(0)} ms (target ≤ 300 ms), ` +
        `+${mb((process.memoryUsage().rss - rssBefore) / 1024)} RSS`
    : 'model: absent (resources/entities/tagger.bin) — rules only',
)

const engines = (process.argv.slice(2) as EngineName[]).filter(
  (e) => e === 'jieba' || e === 'segmentit',
)
for (const name of engines.length ? engines : (['jieba', 'segmentit'] as const)) {
  const engine = getEngine(name)
  console.log(`\n[${name}] engine load: ${engineLoadMs(name)!.toFixed(0)} ms`)
  const first = time(() => recogniseEntities(sample, { engine, tagger }))
  const runs = name === 'jieba' ? 20 : 3
  const warm =
    time(() => {
      for (let i = 0; i < runs; i++) recogniseEntities(sample, { engine, tagger })
    }) / runs
  console.log(
    `  sample (${sample.length} chars): first call ${first.toFixed(0)} ms, warm ${warm.toFixed(1)} ms = ${rate(sample.length, warm)}`,
  )
  const issue = generate(10_000).slice(0, 10_000)
  const issueMs = time(() => recogniseEntities(issue, { engine, tagger }))
  console.log(`  10,000-char issue: ${issueMs.toFixed(0)} ms (target < 200 ms)`)
  // segmentit at ~20k chars/s would need minutes for 2 MB; it gets 200 KB.
  const big = generate(name === 'jieba' ? 2 * 2 ** 20 : 200_000)
  const size = `${(big.length / 2 ** 20).toFixed(2)} M chars`
  const rawMs = time(() => {
    for (let i = 0; i < big.length; i += engine.maxChunk)
      engine.tag(big.slice(i, i + engine.maxChunk))
  })
  console.log(`  raw ${name}.tag on the generated ${size}: ${rate(big.length, rawMs)}`)
  const rulesMs = time(() => recogniseEntities(big, { engine }))
  console.log(
    `  pipeline, rules only: ${rate(big.length, rulesMs)} (${(rawMs / rulesMs).toFixed(2)}× raw)`,
  )
  // The app recognises one issue at a time: the same text as 10,000-character issues.
  const issues: string[] = []
  for (let i = 0; i < big.length; i += 10_000) issues.push(big.slice(i, i + 10_000))
  const perIssue = (withTagger: boolean): number =>
    time(() => {
      for (const one of issues)
        recogniseEntities(one, { engine, tagger: withTagger ? tagger : null })
    })
  const rulesIssuesMs = perIssue(false)
  console.log(
    `  as ${issues.length} issues of 10,000 chars, rules only: ${rate(big.length, rulesIssuesMs)} (${(rawMs / rulesIssuesMs).toFixed(2)}× raw)`,
  )
  if (tagger) {
    const taggedIssuesMs = perIssue(true)
    console.log(
      `  as ${issues.length} issues of 10,000 chars, with the tagger: ${rate(big.length, taggedIssuesMs)} ` +
        `(${(rawMs / taggedIssuesMs).toFixed(2)}× raw ${name}; target ≥ 500,000 chars/s)`,
    )
    const bigMs = time(() => recogniseEntities(big, { engine, tagger }))
    console.log(
      `  pipeline with the tagger, one ${(big.length / 1e6).toFixed(2)} M text: ${(bigMs / 1000).toFixed(1)} s = ${rate(big.length, bigMs)} ` +
        `(${(rawMs / bigMs).toFixed(2)}× raw ${name}; target ≥ 500,000 chars/s)`,
    )
  }
  console.log(`  peak RSS so far: ${mb(process.resourceUsage().maxRSS)}`)
}
