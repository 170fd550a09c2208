// `npm run bench`: every benchmark, each in its own process so peak memory is its own.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const benches: Array<[string, string[]]> = [
  ['entities.ts', ['jieba', 'segmentit']],
  ['library.ts', []],
]

let failed = false
for (const [file, args] of benches) {
  console.log(`\n=== ${file} ${args.join(' ')}`)
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, file), ...args],
    { stdio: 'inherit' },
  )
  failed ||= run.status !== 0
}
process.exit(failed ? 1 : 0)
