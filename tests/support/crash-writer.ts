// Child process for the crash test: saves annotations as fast as it can and prints
// `ack <n>` only after each save resolved (= is durable). The parent kills it at random.
import { join } from 'node:path'
import { AnnotationStore } from '../../src/main/store/annotation-store'
import { BackupRotation } from '../../src/main/store/backup-rotation'
import { makeAnnotation } from './annotation-fixtures'

const [dataDir, startAt] = process.argv.slice(2)
const store = new AnnotationStore(
  dataDir,
  new BackupRotation(join(dataDir, 'backups'), { intervalMs: 0, keepLatest: 3, keepDays: 1 }),
)

for (let n = Number(startAt); ; n++) {
  await store.put(makeAnnotation(n))
  process.stdout.write(`ack ${n}\n`)
}
