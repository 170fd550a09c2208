// lowdb supports one process per file: a second Gloss on the same data folder would silently
// overwrite the first one's saves. Each host takes this lock before opening the library.
import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { GlossError } from '../../shared/errors'

export interface DataDirLock {
  release(): Promise<void>
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export async function acquireDataDirLock(dataDir: string, owner: string): Promise<DataDirLock> {
  const path = join(dataDir, 'gloss.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(
        JSON.stringify({ pid: process.pid, owner, since: new Date().toISOString() }),
      )
      await handle.close()
      return { release: () => rm(path, { force: true }) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = await readLockHolder(path)
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new GlossError(
          'read-only',
          `The library in ${dataDir} is already open in another Gloss (${holder.owner}, process ${holder.pid}). Close it first, or choose another folder with --data-dir.`,
        )
      }
      // A lock left by a process that died: take it over.
      await rm(path, { force: true })
    }
  }
  throw new GlossError('internal', `Could not lock the library folder ${dataDir}.`)
}

async function readLockHolder(path: string): Promise<{ pid: number; owner: string } | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown; owner?: unknown }
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, owner: String(parsed.owner ?? 'Gloss') }
      : null
  } catch {
    return null
  }
}
