// Prints one closing line for the whole suite, from the JSON reports `npm test` writes:
// `Tests: N passed, N failed` (and skipped), so CI logs end with the totals of both halves.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts')
let passed = 0
let failed = 0
let skipped = 0
for (const name of ['results-unit.json', 'results-e2e.json']) {
  const path = join(artifacts, name)
  if (!existsSync(path)) {
    console.error(`test-summary: ${name} is missing`)
    process.exit(1)
  }
  const report = JSON.parse(readFileSync(path, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + (report.numTodoTests ?? 0)
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
