import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupRotation } from '../../../src/main/store/backup-rotation'
import { StructureStore } from '../../../src/main/store/structure-store'
import type { StructureCorrection } from '../../../src/shared/model'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const ISSUE = 'c'.repeat(64)
const openStore = (dir: string) =>
  new StructureStore(
    dir,
    new BackupRotation(join(dir, 'backups'), { intervalMs: 0, keepLatest: 10, keepDays: 7 }),
  )
const correction = (n: number): StructureCorrection =>
  ({
    kind: n % 2 ? 'split' : 'role',
    ...(n % 2 ? {} : { role: 'title' as const }),
    at: n * 10,
    id: `s-${n}`,
    quote: `第${n}行`,
    createdAt: '2026-01-01T00:00:00.000Z',
  }) as StructureCorrection

describe('StructureStore', () => {
  it('keeps corrections in the order they apply, durably, and puts one back where it was', async () => {
    const dir = await tempDir()
    const store = openStore(dir)
    await store.insert(ISSUE, correction(1))
    await store.insert(ISSUE, correction(2))
    await store.insert(ISSUE, correction(3))
    const removed = await store.remove(ISSUE, 's-2')
    expect(removed).toMatchObject({ index: 1, correction: correction(2) })
    expect((await openStore(dir).list(ISSUE)).map((c) => c.id)).toEqual(['s-1', 's-3'])
    await store.insert(ISSUE, removed!.correction, removed!.index)
    expect(await openStore(dir).list(ISSUE)).toEqual([correction(1), correction(2), correction(3)])
    expect(await store.remove(ISSUE, 'nothing')).toBeNull()
  })

  it('keeps every one of many concurrent corrections', async () => {
    const dir = await tempDir()
    const store = openStore(dir)
    await Promise.all(Array.from({ length: 30 }, (_, n) => store.insert(ISSUE, correction(n))))
    expect(await openStore(dir).list(ISSUE)).toHaveLength(30)
  })

  it('restores a damaged file from its newest good backup and says so', async () => {
    const dir = await tempDir()
    const store = openStore(dir)
    await store.insert(ISSUE, correction(1))
    await store.insert(ISSUE, correction(2))
    await writeFile(join(dir, 'structure', `${ISSUE}.json`), '{"schemaVersion":1,"corr')
    const reopened = openStore(dir)
    expect((await reopened.list(ISSUE)).map((c) => c.id)).toEqual(['s-1'])
    expect(reopened.notices[0]).toMatch(/corrupt-/)
  })

  it('moves to the trash with its issue and comes back with it', async () => {
    const dir = await tempDir()
    const store = openStore(dir)
    await store.insert(ISSUE, correction(1))
    await store.moveToTrash(ISSUE)
    expect(await openStore(dir).list(ISSUE)).toEqual([])
    const again = openStore(dir)
    await again.restoreFromTrash(ISSUE)
    expect(await again.list(ISSUE)).toEqual([correction(1)])
  })
})
