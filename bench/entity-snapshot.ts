// Writes every mention the recogniser finds (and every raw tagger span, margin included) on the
// given texts, one JSON line per text, so a speed change can be checked to change no output:
// run it before and after and compare the files byte for byte.
// Run: npx tsx bench/entity-snapshot.ts OUT [--pfr 199801.txt] [--msra msra_test_bio.txt] [FILE.txt ...]
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { getEngine } from '../src/main/engines/engine-registry'
import { recogniseEntities } from '../src/main/core/entities/recognise-entities'
import { segmentText } from '../src/main/core/entities/segment-text'
import { tagEntities } from '../src/main/core/entities/tagger/tag-entities'
import { readBundledTagger } from '../src/main/services/entities/bundled-tagger'
import { readMsra, readPfr, splitPfr } from '../tools/ner-train/corpus'

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { pfr: { type: 'string' }, msra: { type: 'string' } },
})
const [out, ...files] = positionals
if (!out) {
  console.error('usage: npx tsx bench/entity-snapshot.ts OUT [--pfr FILE] [--msra FILE] [FILE ...]')
  process.exit(2)
}

const root = join(import.meta.dirname, '..')
const tagger = readBundledTagger(join(root, 'resources'))?.model ?? null
const texts: [string, string][] = files.map((f) => [
  f,
  readFileSync(f, 'utf8').replace(/^\uFEFF/, ''),
])
if (args.pfr) for (const d of splitPfr(readPfr(args.pfr)).test) texts.push([d.id, d.text])
if (args.msra) for (const d of readMsra(args.msra)) texts.push([d.id, d.text])

const engine = getEngine('jieba')
const lines: string[] = []
for (const [id, text] of texts) {
  const mentions = recogniseEntities(text, { engine, tagger }).map(
    (m) => `${m.start},${m.end},${m.type},${m.source}`,
  )
  const rulesOnly = recogniseEntities(text, { engine }).map(
    (m) => `${m.start},${m.end},${m.type},${m.source}`,
  )
  const spans = tagger
    ? tagEntities(text, segmentText(text, engine), tagger).map(
        (s) => `${s.start},${s.end},${s.type},${s.margin}`,
      )
    : []
  lines.push(JSON.stringify({ id, mentions, rulesOnly, spans }))
}
writeFileSync(out, lines.join('\n') + '\n')
console.log(`${texts.length} texts written to ${out}`)
