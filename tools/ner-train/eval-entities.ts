// `npm run eval:entities -- --pfr FILE --msra FILE [--model FILE]`: exact-span P/R/F1 per
// type and a confusion summary, for the tagger alone and for the whole recogniser (rules +
// tagger), on PFR 1998 test (January 25–31, never trained on) and the MSRA NER test set
// (SIGHAN 2006; evaluation only). Either corpus may be left out.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { recogniseEntities } from '../../src/main/core/entities/recognise-entities'
import { getEngine } from '../../src/main/engines/engine-registry'
import { readTaggerModel, type TaggerModel } from '../../src/main/core/entities/tagger/tagger-model'
import type { TaggedType } from '../../src/main/core/entities/tagger/tag-scheme'
import type { EntityType } from '../../src/shared/model'
import { readMsra, readPfr, splitPfr, type GoldDocument, type GoldSpan } from './corpus'
import { scoreTagger } from './evaluate'
import { addDocument, emptyScore, formatScore, type Score } from './score'
import { underGlossGuidelines } from './gloss-conventions'

const defaultEngine = getEngine()

const { values: args } = parseArgs({
  options: {
    pfr: { type: 'string' },
    msra: { type: 'string' },
    model: {
      type: 'string',
      default: join(import.meta.dirname, '../../resources/entities/tagger.bin'),
    },
  },
})
if (!args.pfr && !args.msra) {
  console.error(
    'usage: npm run eval:entities -- --pfr 199801.txt --msra msra_test_bio.txt [--model FILE]',
  )
  process.exit(2)
}

const asTagged: Partial<Record<EntityType, TaggedType>> = {
  person: 'PER',
  place: 'LOC',
  org: 'ORG',
}

/**
 * The whole recogniser, as the app runs it, scored on people, places and organisations: against
 * the corpus's own marks, and with the spans Gloss's guidelines call no entity left out.
 */
function scoreRecogniser(
  docs: readonly GoldDocument[],
  tagger: TaggerModel | null,
): { corpus: Score; gloss: Score } {
  const corpus = emptyScore()
  const gloss = emptyScore()
  for (const doc of docs) {
    const found: GoldSpan[] = []
    for (const m of recogniseEntities(doc.text, { engine: defaultEngine, tagger })) {
      const type = asTagged[m.type]
      if (type) found.push({ start: m.start, end: m.end, type })
    }
    addDocument(corpus, doc.spans, found)
    const adapted = underGlossGuidelines(doc.text, doc.spans, found)
    addDocument(gloss, adapted.gold, adapted.found)
  }
  return { corpus, gloss }
}

const model = readTaggerModel(readFileSync(args.model))
console.log(`model ${args.model} (${model.header.scheme}, 2^${model.header.bits} buckets)`)
const sets: [string, GoldDocument[]][] = []
if (args.pfr) sets.push(['PFR 1998 test (Jan 25–31)', splitPfr(readPfr(args.pfr)).test])
if (args.msra) sets.push(['MSRA test', readMsra(args.msra)])
for (const [name, docs] of sets) {
  const chars = docs.reduce((a, d) => a + d.text.length, 0)
  console.log(`\n== ${name}: ${docs.length} texts, ${chars.toLocaleString('en')} characters`)
  console.log(formatScore('tagger alone', scoreTagger(docs, model)))
  const recogniser = scoreRecogniser(docs, model)
  console.log(formatScore('recogniser (rules + tagger)', recogniser.corpus))
  console.log(
    formatScore(
      'recogniser, Gloss’s guidelines: one-character people and places, honorific and generic references (市政府) left out',
      recogniser.gloss,
    ),
  )
  console.log(formatScore('rules alone (no model)', scoreRecogniser(docs, null).corpus))
}
