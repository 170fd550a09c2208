// The researcher's last step: the export loads in pandas and in R without any cleanup, and
// every quote matches its offsets there. Runs where Debian's python3-pandas and
// r-cran-jsonlite are installed (CI installs them); skipped elsewhere, saying why.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const PYTHON = '/usr/bin/python3'

function works(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 })
    return true
  } catch {
    return false
  }
}

const hasPandas = existsSync(PYTHON) && works(PYTHON, ['-c', 'import pandas'])
const hasR = works('Rscript', ['-e', 'library(jsonlite)'])

/** A tagged sample, exported as JSON and CSV into a folder. */
async function exportTaggedSample(): Promise<string> {
  const services = await openServices(await tempDir())
  const issueId = services.store.listIssues()[0].id
  const { text } = await services.handlers.getIssue({ id: issueId })
  const themes = (await services.handlers.getCodebook({})).themes.map((t) => t.id)
  for (const [quote, themeIds, memo] of [
    ['要以更大力度抓实招商引资', [themes[0], themes[1]], '招商引资, "重点"\n第二行'],
    ['统计造假', [themes[2]], ''],
    ['“双过半”', [], '目标'],
  ] as const) {
    const start = text.indexOf(quote)
    await services.handlers.createAnnotation({
      issueId,
      start,
      end: start + quote.length,
      themeIds: [...themeIds],
      memo,
    })
  }
  const out = await tempDir()
  for (const format of ['json', 'csv'] as const) {
    for (const file of (
      await services.handlers.exportData({ format, issueIds: null, themeIds: null })
    ).files) {
      const name = file.name.endsWith('.gloss.json')
        ? 'corpus.gloss.json'
        : file.name.replace(/.*-(\w+)\.csv$/, 'corpus-$1.csv')
      await writeFile(join(out, name), file.content)
    }
  }
  await services.close()
  return out
}

describe('loading an export in analysis tools', () => {
  it.skipIf(!hasPandas)(
    `pandas reads the JSON and the CSV, and every quote matches its offsets${hasPandas ? '' : ' (skipped: no python3-pandas)'}`,
    async () => {
      const folder = await exportTaggedSample()
      const script = `
import json, pandas as pd
exp = json.load(open("corpus.gloss.json", encoding="utf-8"))
rows = []
for issue in exp["issues"]:
    text = issue["text"]
    for p in (p for a in issue["articles"] for p in a["paragraphs"]):
        assert text[p["start"]:p["end"]] == p["text"]
    for e in issue["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    for a in issue["annotations"]:
        assert text[a["start"]:a["end"]] == a["exact"]
        for t in a["themes"] or [{"id": None}]:
            rows.append({"issue": issue["id"], "quote": a["exact"], "theme": t["id"], "memo": a["memo"]})
df = pd.DataFrame(rows)
csv = pd.read_csv("corpus-annotations.csv", encoding="utf-8-sig", keep_default_na=False)
assert list(csv["quote"]) == list(df["quote"]), (list(csv["quote"]), list(df["quote"]))
assert '招商引资, "重点"\\n第二行' in list(csv["memo"]), list(csv["memo"])
ents = pd.read_csv("corpus-entities.csv", encoding="utf-8-sig")
print(len(df), len(csv), len(ents))
`
      const out = execFileSync(PYTHON, ['-c', script], { cwd: folder, encoding: 'utf8' })
        .trim()
        .split(' ')
        .map(Number)
      expect(out[0]).toBe(4)
      expect(out[1]).toBe(4)
      expect(out[2]).toBeGreaterThan(50)
    },
    60_000,
  )

  it.skipIf(!hasR)(
    `R (jsonlite) reads the JSON and every quote matches substr()${hasR ? '' : ' (skipped: no Rscript with jsonlite)'}`,
    async () => {
      const folder = await exportTaggedSample()
      const script = `
library(jsonlite)
exp <- fromJSON("corpus.gloss.json", simplifyVector = TRUE)
issue <- exp$issues[1, ]
text <- issue$text
ann <- issue$annotations[[1]]
quotes <- substring(text, ann$start + 1, ann$end)
stopifnot(all(quotes == ann$exact))
ents <- issue$entities[[1]]
stopifnot(all(substring(text, ents$start + 1, ents$end) == ents$text))
csv <- read.csv("corpus-annotations.csv", fileEncoding = "UTF-8-BOM", encoding = "UTF-8", na.strings = "")
stopifnot(identical(csv$quote[1], ann$exact[1]))
cat(nrow(ann), nrow(ents), nrow(csv))
`
      const out = execFileSync('Rscript', ['-e', script], { cwd: folder, encoding: 'utf8' })
        .trim()
        .split(' ')
        .map(Number)
      expect(out[0]).toBe(3)
      expect(out[1]).toBeGreaterThan(50)
      expect(out[2]).toBe(4)
    },
    60_000,
  )
})
