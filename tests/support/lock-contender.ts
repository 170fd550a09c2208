// Child process for the lock race test: says `ready`, waits for `go` on stdin, tries to take
// the library lock, says `held` or `busy`, and keeps a held lock until stdin closes.
import { createInterface } from 'node:readline'
import { acquireDataDirLock } from '../../src/main/store/data-dir-lock'

const [dataDir] = process.argv.slice(2)
const lines = createInterface({ input: process.stdin })
process.stdout.write('ready\n')
let lock: Awaited<ReturnType<typeof acquireDataDirLock>> | null = null
lines.on('line', async (line) => {
  if (line !== 'go') return
  try {
    lock = await acquireDataDirLock(dataDir, 'test')
    process.stdout.write('held\n')
  } catch (error) {
    process.stdout.write(`busy ${(error as Error).message}\n`)
  }
})
lines.on('close', async () => {
  await lock?.release()
  process.exit(0)
})
