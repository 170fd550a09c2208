// Library figures at research scale: a generated library of 2,000 issues and 100,000
// annotations. Prints the latency of saving one annotation, reopening a cached issue, and
// exporting everything (time and peak memory). Prints only; no asserts.
// Run: npx tsx bench/library.ts [issues] [annotationsPerIssue]
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeSelection } from '../src/main/core/anchoring'
import { readIssue } from '../src/main/core/read-issue'
import { ISSUE_FILE_SCHEMA_VERSION } from '../src/main/store/library-schema'
import { createServices } from '../src/main/services/create-services'
import type { Annotation, IssueMeta } from '../src/shared/model'

const issueCount = Number(process.argv[2] ?? 2000)
const perIssue = Number(process.argv[3] ?? 50)
const root = join(import.meta.dirname, '..')

const ms = (t0: number) => performance.now() - t0
const fmt = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1)
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`
}
const rss = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-bench-'))
  const services = await createServices({
    dataDir,
    resourcesDir: join(root, 'resources'),
    host: { kind: 'cli', readsPaths: true },
    version: 'bench',
    offerSample: false,
  })
  try {
    const { store, annotations, entities, codebook, handlers, exports } = services
    const base = await readFile(
      join(root, 'resources/samples/hengyang-evening-news-2023-04-26.txt'),
    )
    const themeIds = codebook.codebook.themes.map((t) => t.id)

    let t0 = performance.now()
    for (let n = 0; n < issueCount; n++) {
      // A distinct text per issue (its own id), as long as a real one.
      const bytes = Buffer.concat([Buffer.from(`第${n}期\n\n`), base])
      const issue = await readIssue(bytes, `issue-${n}.txt`)
      const meta: IssueMeta = {
        id: issue.id,
        paper: issue.parsed.paper,
        date: issue.parsed.date,
        encoding: issue.encoding,
        sourceName: `issue-${n}.txt`,
        sourcePath: null,
        importedAt: new Date().toISOString(),
        articleCount: issue.parsed.articles.length,
        charCount: issue.text.length,
      }
      await store.addIssue({
        schemaVersion: ISSUE_FILE_SCHEMA_VERSION,
        meta,
        text: issue.text,
        articles: issue.parsed.articles,
      })
      await entities.mentionsFor(issue.id, issue.text)
      const list: Annotation[] = []
      for (let k = 0; k < perIssue; k++) {
        const start = (k * 61) % (issue.text.length - 40)
        const at = new Date().toISOString()
        list.push({
          id: `a-${n}-${k}`,
          issueId: issue.id,
          selector: describeSelection(issue.text, start, start + 30),
          themeIds: [themeIds[k % themeIds.length], themeIds[(k * 7) % themeIds.length]],
          memo: `备忘 ${k}: 这一段说明了招商引资的具体做法，值得与其他城市比较。`,
          author: 'bench',
          createdAt: at,
          updatedAt: at,
          anchor: 'anchored',
        })
      }
      await annotations.update(issue.id, () => list)
    }
    console.log(
      `generated ${issueCount} issues × ${perIssue} annotations = ${(issueCount * perIssue).toLocaleString('en')} annotations in ${(ms(t0) / 1000).toFixed(1)} s`,
    )

    const ids = store.listIssues().map((m) => m.id)
    const saves: number[] = []
    for (let i = 0; i < 60; i++) {
      const issueId = ids[(i * 37) % ids.length]
      t0 = performance.now()
      await handlers.createAnnotation({ issueId, start: 10, end: 20, themeIds: [themeIds[0]] })
      saves.push(ms(t0))
    }
    console.log(
      `save one annotation (durable, fsync'd), library of ${ids.length} issues: ${fmt(saves.slice(10))}`,
    )

    const memo: number[] = []
    const target = (await handlers.listAnnotations({ issueId: ids[0] }))[0]
    for (let i = 0; i < 50; i++) {
      t0 = performance.now()
      await handlers.updateAnnotation({ issueId: ids[0], id: target.id, memo: `memo ${i}` })
      memo.push(ms(t0))
    }
    console.log(`save a memo edit: ${fmt(memo)}`)

    const reopen: number[] = []
    for (let i = 0; i < 50; i++) {
      const id = ids[(i * 13) % ids.length]
      t0 = performance.now()
      await handlers.getIssue({ id })
      await handlers.getIssueEntities({ id })
      await handlers.listAnnotations({ issueId: id })
      reopen.push(ms(t0))
    }
    console.log(`reopen an issue (text + cached entities + annotations): ${fmt(reopen)}`)

    t0 = performance.now()
    const json = await exports.files({ format: 'json', issueIds: null, themeIds: null })
    console.log(
      `export whole library as JSON: ${(ms(t0) / 1000).toFixed(1)} s, ${(json[0].content.length / 2 ** 20).toFixed(0)} MB, peak RSS ${rss()}`,
    )
    t0 = performance.now()
    const csv = await exports.files({ format: 'csv', issueIds: null, themeIds: null })
    console.log(
      `export whole library as CSV: ${(ms(t0) / 1000).toFixed(1)} s, ${(csv[0].content.length / 2 ** 20).toFixed(0)} MB annotations, peak RSS ${rss()}`,
    )
  } finally {
    await services.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

await main()
