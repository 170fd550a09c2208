import { spawn, type ChildProcess } from 'node:child_process'
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { acquireDataDirLock, LOCK_FILE } from '../../../src/main/store/data-dir-lock'
import { openServices } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const deadPid = 2 ** 22 + 12345

describe('acquireDataDirLock', () => {
  it('refuses a folder another live process holds, naming it and the lock file', async () => {
    const dir = await tempDir()
    // The parent process is alive and is not us: it stands for another Gloss.
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, owner: 'electron', since: new Date().toISOString() }),
    )
    const failure = acquireDataDirLock(dir, 'web')
    await expect(failure).rejects.toThrow(/already open in another Gloss \(electron/)
    await expect(failure).rejects.toThrow(`delete ${join(dir, LOCK_FILE)}`)
  })

  it('takes over a lock left by a process that died', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid, owner: 'web' }))
    const lock = await acquireDataDirLock(dir, 'web')
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid)
    await lock.release()
    expect(await readdir(dir)).toEqual([])
  })

  it('takes over a lock from before the last boot, though its PID now runs something else', async () => {
    const dir = await tempDir()
    const lastYear = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString()
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, owner: 'electron', since: lastYear }),
    )
    const lock = await acquireDataDirLock(dir, 'web')
    await lock.verify()
    await lock.release()
  })

  it('treats an empty lock file as being written, unless it is old', async () => {
    const dir = await tempDir()
    const path = join(dir, LOCK_FILE)
    await writeFile(path, '')
    await expect(acquireDataDirLock(dir, 'web')).rejects.toThrow(/already open/)
    const longAgo = new Date(Date.now() - 60_000)
    await utimes(path, longAgo, longAgo)
    const lock = await acquireDataDirLock(dir, 'web')
    await lock.release()
  })

  it('knows when another process has taken the lock since, and leaves that lock alone', async () => {
    const dir = await tempDir()
    const lock = await acquireDataDirLock(dir, 'web')
    await lock.verify()
    const theirs = JSON.stringify({ pid: process.ppid, owner: 'cli', token: 'theirs' })
    await writeFile(join(dir, LOCK_FILE), theirs)
    await expect(lock.verify()).rejects.toThrow(/no longer holds the lock/)
    await lock.release()
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(theirs)
  })
})

// Many processes started together: exactly one holds the lock, on a fresh folder and on one
// with a stale lock to take over.
describe('processes racing for the lock', () => {
  const contender = fileURLToPath(new URL('../../support/lock-contender.ts', import.meta.url))

  function start(dir: string): {
    child: ChildProcess
    lines: string[]
    wait: (n: number) => Promise<void>
  } {
    const child = spawn(process.execPath, ['--import', 'tsx', contender, dir], {
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    const lines: string[] = []
    const waiters: Array<() => void> = []
    let buffered = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const parts = buffered.split('\n')
      buffered = parts.pop() ?? ''
      lines.push(...parts)
      for (const w of waiters.splice(0)) w()
    })
    const wait = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => (lines.length >= n ? resolve() : waiters.push(check))
        check()
      })
    return { child, lines, wait }
  }

  async function race(seedStale: boolean): Promise<string[]> {
    const dir = await tempDir()
    if (seedStale)
      await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid, owner: 'web' }))
    const contenders = Array.from({ length: 6 }, () => start(dir))
    await Promise.all(contenders.map((c) => c.wait(1)))
    for (const c of contenders) c.child.stdin!.write('go\n')
    await Promise.all(contenders.map((c) => c.wait(2)))
    const results = contenders.map((c) => c.lines[1].split(' ')[0])
    await Promise.all(
      contenders.map(
        (c) =>
          new Promise<void>((resolve) => {
            c.child.on('exit', () => resolve())
            c.child.stdin!.end()
          }),
      ),
    )
    expect(await readdir(dir)).toEqual([])
    return results
  }

  it.each([
    ['a fresh folder', false],
    ['a folder with a stale lock', true],
  ])(
    'gives it to exactly one on %s',
    async (_, seedStale) => {
      for (let round = 0; round < 4; round++) {
        const results = await race(seedStale)
        expect(results.filter((r) => r === 'held')).toHaveLength(1)
        expect(results.filter((r) => r === 'busy')).toHaveLength(5)
      }
      // A budget for spawning 24 processes on a busy machine; nothing here waits on the clock.
    },
    180_000,
  )
})

describe('a library whose lock was taken over', () => {
  it('refuses every further write instead of overwriting the new owner’s saves', async () => {
    const dataDir = await tempDir()
    const services = await openServices(dataDir, false)
    const saved = await services.dispatch('updateSettings', { fontSize: 20 })
    expect(saved.ok).toBe(true)
    // Another process takes the lock (as a stale-lock takeover would).
    await writeFile(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, owner: 'cli', token: 'theirs' }),
    )
    const refused = await services.dispatch('updateSettings', { fontSize: 22 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } })
    expect(
      JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')).settings.fontSize,
    ).toBe(20)
    await services.close()
    expect(JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')).token).toBe('theirs')
  })
})
