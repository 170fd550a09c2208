// Golden files: the exact bytes Gloss writes for the fixture. After a deliberate format change,
// regenerate with `GLOSS_UPDATE_GOLDEN=1 npx vitest run --project unit tests/main/core/export`,
// read the diff by eye, and commit it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  buildGlossExport,
  toAnnotationsCsv,
  toEntitiesCsv,
  toWebAnnotations,
} from '../../../../src/main/core/export'
import { exportInput } from './fixtures'

const update = process.env.GLOSS_UPDATE_GOLDEN === '1'
const exp = buildGlossExport(exportInput())

describe('golden exports', () => {
  it.each([
    ['export.json', `${JSON.stringify(exp, null, 2)}\n`],
    ['annotations.csv', toAnnotationsCsv(exp)],
    ['entities.csv', toEntitiesCsv(exp)],
    ['web-annotations.jsonld', `${JSON.stringify(toWebAnnotations(exp), null, 2)}\n`],
  ])('%s is unchanged', (name, actual) => {
    const path = fileURLToPath(new URL(`golden/${name}`, import.meta.url))
    if (update) writeFileSync(path, actual, 'utf8')
    expect(existsSync(path), `${name} missing: regenerate with GLOSS_UPDATE_GOLDEN=1`).toBe(true)
    const golden = readFileSync(path, 'utf8')
    // JSON is compared parsed, so `prettier --write .` reformatting a golden file is harmless;
    // CSV byte for byte (BOM, CRLF, quoting are the point).
    if (name.endsWith('.csv')) expect(golden).toBe(actual)
    else expect(JSON.parse(golden)).toEqual(JSON.parse(actual))
  })
})
