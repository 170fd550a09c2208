import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquireDataDirLock } from '../../../src/main/store/data-dir-lock'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('acquireDataDirLock', () => {
  it('refuses a folder another live process holds, naming it', async () => {
    const dir = await tempDir()
    // The parent process is alive and is not us: it stands for another Gloss.
    await writeFile(
      join(dir, 'gloss.lock'),
      JSON.stringify({ pid: process.ppid, owner: 'electron' }),
    )
    await expect(acquireDataDirLock(dir, 'web')).rejects.toThrow(
      /already open in another Gloss \(electron/,
    )
  })

  it('takes over a lock left by a process that died', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'gloss.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'web' }))
    const lock = await acquireDataDirLock(dir, 'web')
    expect(JSON.parse(await readFile(join(dir, 'gloss.lock'), 'utf8')).pid).toBe(process.pid)
    await lock.release()
  })
})
