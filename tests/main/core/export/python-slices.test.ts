// Offsets must slice the same in Python as in JavaScript: Python indexes strings by code point.

import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildGlossExport } from '../../../../src/main/core/export'
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
})
