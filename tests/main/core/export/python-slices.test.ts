// Offsets must slice the same in Python as in JavaScript: Python indexes strings by code point.
// Skipped, with the reason in the test name, where python3 is not installed.

import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildGlossExport, toAnnotationsCsv } from '../../../../src/main/core/export'
import { everySpan } from './export-helpers'
import { exportInput } from './fixtures'

const hasPython = spawnSync('python3', ['--version']).status === 0

const CHECK = `
import json, sys
exp = json.load(sys.stdin)
checked, bad = 0, []
def check(where, text, s, expected):
    global checked
    checked += 1
    if text[s["start"]:s["end"]] != expected:
        bad.append(where)
for issue in exp["issues"]:
    text = issue["text"]
    assert len(text) == issue["charCount"], "charCount"
    for a in issue["articles"]:
        parts = [a["kicker"], a["title"], a["byline"], *a["subtitles"], *a["paragraphs"]]
        for p in parts:
            if p is not None:
                check("article %d part" % a["index"], text, p, p["text"])
    for e in issue["entities"]:
        check("entity " + e["text"], text, e, e["text"])
    for a in issue["annotations"]:
        check("annotation " + a["id"], text, a, a["exact"])
print(json.dumps({"checked": checked, "bad": bad}))
`

describe('offsets in Python', () => {
  const title = 'text[start:end] gives every paragraph, entity and quote'
  it.skipIf(!hasPython)(hasPython ? title : `${title} (skipped: python3 not found)`, () => {
    const exp = buildGlossExport(exportInput())
    const run = spawnSync('python3', ['-c', CHECK], {
      input: JSON.stringify(exp),
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    const { checked, bad } = JSON.parse(run.stdout) as { checked: number; bad: string[] }
    expect(bad).toEqual([])
    // Every annotation in the fixture is anchored, so Python checks what JavaScript checks.
    expect(checked).toBe(everySpan(exp).length)
  })

  it.skipIf(!hasPython)("Python's csv module reads the annotations CSV back unchanged", () => {
    const exp = buildGlossExport(exportInput())
    const read = [
      'import csv, io, json, sys',
      "text = sys.stdin.buffer.read().decode('utf-8-sig')",
      "print(json.dumps(list(csv.DictReader(io.StringIO(text, newline='')))))",
    ].join('\n')
    const run = spawnSync('python3', ['-c', read], {
      input: toAnnotationsCsv(exp),
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    const rows = JSON.parse(run.stdout) as Array<Record<string, string>>
    const byId = new Map(exp.issues[0].annotations.map((a) => [a.id, a]))
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      const a = byId.get(row.annotation_id)
      expect([row.quote, row.memo, row.prefix, row.suffix]).toEqual([
        a?.exact,
        a?.memo,
        a?.prefix,
        a?.suffix,
      ])
      expect(
        Array.from(exp.issues[0].text).slice(Number(row.start), Number(row.end)).join(''),
      ).toBe(row.quote)
    }
  })
})
