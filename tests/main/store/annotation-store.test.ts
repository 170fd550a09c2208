import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { AnnotationStore } from '../../../src/main/store/annotation-store'
import { BackupRotation } from '../../../src/main/store/backup-rotation'
import { ISSUE_A, makeAnnotation } from '../../support/annotation-fixtures'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const openStore = (dir: string, intervalMs = 0) =>
  new AnnotationStore(
    dir,
    new BackupRotation(join(dir, 'backups'), { intervalMs, keepLatest: 10, keepDays: 7 }),
  )

describe('AnnotationStore', () => {
  it('saves, lists in document order, and removes annotations durably', async () => {
    const dir = await tempDir()
    const store = openStore(dir)
    await store.put(makeAnnotation(5))
    await store.put(makeAnnotation(2))
    await store.put(makeAnnotation(5, { memo: 'edited' }))
    const reopened = openStore(dir)
    expect((await reopened.list(ISSUE_A)).map((a) => [a.id, a.memo])).toEqual([
      ['ann-2', makeAnnotation(2).memo],
      ['ann-5', 'edited'],
    ])
    expect(await reopened.remove(ISSUE_A, 'ann-2')).toMatchObject({ id: 'ann-2' })
    expect(await reopened.remove(ISSUE_A, 'ann-2')).toBeNull()
    expect((await openStore(dir).list(ISSUE_A)).map((a) => a.id)).toEqual(['ann-5'])
    expect(await reopened.annotatedIssueIds()).toEqual([ISSUE_A])
  })

  it('keeps every one of many concurrent saves to one issue', async () => {
    const dir = await tempDir()
    const store = openStore(dir)
    await Promise.all(Array.from({ length: 40 }, (_, n) => store.put(makeAnnotation(n))))
    expect(await openStore(dir).list(ISSUE_A)).toHaveLength(40)
  })

  it('restores a damaged file from its newest good backup and says so', async () => {
    const dir = await tempDir()
    const store = openStore(dir)
    await store.put(makeAnnotation(1))
    await store.put(makeAnnotation(2))
    await writeFile(join(dir, 'annotations', `${ISSUE_A}.json`), '{"schemaVersion":1,"annot')
    const reopened = openStore(dir)
    expect((await reopened.list(ISSUE_A)).map((a) => a.id)).toEqual(['ann-1'])
    expect(reopened.notices[0]).toMatch(/could not be read.*kept as .*corrupt-.*backup from/)
  })
})

describe('a writer killed at random moments', () => {
  it('always leaves a file that parses and holds every acknowledged annotation', async () => {
    const dir = await tempDir()
    const writer = fileURLToPath(new URL('../../support/crash-writer.ts', import.meta.url))
    const acknowledged = new Set<string>()
    let next = 0
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(next)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      let buffered = ''
      const killAfter = 150 + Math.floor(Math.random() * 400)
      let timer: NodeJS.Timeout | undefined
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString()
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        for (const line of lines) {
          const n = Number(line.slice(4))
          acknowledged.add(`ann-${n}`)
          next = Math.max(next, n + 1)
        }
        timer ??= setTimeout(() => child.kill('SIGKILL'), killAfter)
      })
      await new Promise((resolve) => child.once('exit', resolve))
      clearTimeout(timer)

      const raw = await readFile(join(dir, 'annotations', `${ISSUE_A}.json`), 'utf8')
      const saved = new Set((JSON.parse(raw).annotations as Array<{ id: string }>).map((a) => a.id))
      const lost = [...acknowledged].filter((id) => !saved.has(id))
      expect(lost, `round ${round}: acknowledged but lost`).toEqual([])
      next = Math.max(next, saved.size)
    }
    expect(acknowledged.size).toBeGreaterThan(8)
  }, 120_000)
})

describe('annotations of a removed issue', () => {
  it('move to the trash and come back when the issue is imported again', async () => {
    const dir = await tempDir()
    const store = openStore(dir)
    await store.put(makeAnnotation(1))
    await store.moveToTrash(ISSUE_A)
    expect(await openStore(dir).list(ISSUE_A)).toEqual([])
    expect(await store.list(ISSUE_A)).toEqual([])
    expect(await store.restoreFromTrash(ISSUE_A)).toBe(true)
    expect((await store.list(ISSUE_A)).map((a) => a.id)).toEqual(['ann-1'])
    expect(await store.restoreFromTrash(ISSUE_A)).toBe(false)
  })
})
