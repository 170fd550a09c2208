import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupRotation } from '../../../src/main/store/backup-rotation'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('BackupRotation', () => {
  it('copies the previous version aside at most once per interval', async () => {
    const dir = await tempDir()
    let now = new Date('2024-03-01T10:00:00Z')
    const backups = new BackupRotation(
      join(dir, 'backups'),
      { intervalMs: 60_000, keepLatest: 10, keepDays: 7 },
      () => now,
    )
    const file = join(dir, 'a.json')
    await backups.beforeWrite(file) // nothing to back up yet
    await writeFile(file, '{"v":1}')
    await backups.beforeWrite(file)
    await writeFile(file, '{"v":2}')
    now = new Date('2024-03-01T10:00:30Z')
    await backups.beforeWrite(file) // within the interval: skipped
    now = new Date('2024-03-01T10:01:30Z')
    await backups.beforeWrite(file)
    const list = await backups.list(file)
    expect(list).toHaveLength(2)
    expect(await readFile(list[0], 'utf8')).toBe('{"v":2}')
    expect(await readFile(list[1], 'utf8')).toBe('{"v":1}')
  })

  it('keeps the newest ten and the newest of each of the last seven days', async () => {
    const dir = await tempDir()
    const file = join(dir, 'a.json')
    await writeFile(file, '{}')
    let now = new Date('2024-03-01T00:00:00Z')
    const backups = new BackupRotation(
      join(dir, 'backups'),
      { intervalMs: 0, keepLatest: 10, keepDays: 7 },
      () => now,
    )
    // Ten days, three backups a day.
    for (let day = 0; day < 10; day++) {
      for (let hour = 0; hour < 3; hour++) {
        now = new Date(Date.UTC(2024, 2, 1 + day, 8 + hour))
        await backups.beforeWrite(file)
      }
    }
    const names = (await readdir(join(dir, 'backups', 'a.json'))).sort()
    const days = new Set(names.map((name) => name.slice(0, 10)))
    // Newest 10 span days 7–10 (3 + 3 + 3 + 1); one per day back to the cutoff day (Mar 3).
    expect(names).toHaveLength(10 + 4)
    expect([...days].sort()).toEqual([
      '2024-03-03',
      '2024-03-04',
      '2024-03-05',
      '2024-03-06',
      '2024-03-07',
      '2024-03-08',
      '2024-03-09',
      '2024-03-10',
    ])
  })
})
