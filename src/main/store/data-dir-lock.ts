// lowdb supports one process per file: a second Gloss on the same data folder would silently
// overwrite the first one's saves. Each host takes this lock before opening the library.
//
// Taking it is atomic: the owner record is written to a file of our own first, then hard-linked
// to `gloss.lock`, which fails if the name exists — so a lock file is never seen half-written,
// and two processes can never both create one. A stale lock (its process gone, or older than
// the machine's last boot, so its PID may now belong to an unrelated process) is removed by one
// process at a time, which first checks it is still the very lock it judged stale.
import { randomUUID } from 'node:crypto'
import { link, open, readFile, rm, stat } from 'node:fs/promises'
import { uptime } from 'node:os'
import { join } from 'node:path'
import { GlossError } from '../../shared/errors'

export const LOCK_FILE = 'gloss.lock'

export interface DataDirLock {
  /** Throws `read-only` when another process has taken the lock since (checked before writes). */
  verify(): Promise<void>
  release(): Promise<void>
}

interface LockHolder {
  pid: number
  owner: string
  since: string
  /** Names this taking of the lock; a PID alone can be reused. */
  token: string
}

/** Attempts before giving up when other processes keep taking and releasing the lock. */
const ATTEMPTS = 200
/** A lock file that cannot be read is only taken as stale once it is this old (written by an
 * earlier Gloss that crashed between creating and filling it). */
const UNREADABLE_STALE_MS = 10_000

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** When the machine last started: a lock taken before it cannot belong to a running process. */
function bootTime(): number {
  return Date.now() - uptime() * 1000
}

export async function acquireDataDirLock(dataDir: string, owner: string): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE)
  const mine: LockHolder = {
    pid: process.pid,
    owner,
    since: new Date().toISOString(),
    token: randomUUID(),
  }
  const draft = join(dataDir, `${LOCK_FILE}.${mine.token}.tmp`)
  await writeRecord(draft, mine)
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        await createLockFile(draft, path, mine)
        return heldLock(path, mine)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const holder = await readHolder(path)
      if (holder === 'missing') continue
      if (holder === 'unreadable') {
        const age = await stat(path).then(
          (s) => Date.now() - s.mtimeMs,
          () => 0,
        )
        if (age < UNREADABLE_STALE_MS) throw busy(dataDir, path, null)
        await removeIfStill(path, null)
        continue
      }
      if (!isStale(holder)) throw busy(dataDir, path, holder)
      await removeIfStill(path, holder)
    }
    throw new GlossError(
      'internal',
      `Could not lock the library folder ${dataDir}: other processes kept taking it.`,
    )
  } finally {
    await rm(draft, { force: true })
  }
}

/** Links the finished draft to `path` (EEXIST when taken). Where the file system has no hard
 * links (FAT, some network shares) it creates `path` exclusively and fills it: a reader may then
 * see it empty for a moment, which `acquireDataDirLock` treats as taken, not stale. */
async function createLockFile(draft: string, path: string, mine: LockHolder): Promise<void> {
  try {
    await link(draft, path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS')
      throw error
    await writeRecord(path, mine)
  }
}

/** Creates `path` (failing with EEXIST if it exists) holding the owner record, synced. */
async function writeRecord(path: string, mine: LockHolder): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.writeFile(JSON.stringify(mine))
    await handle.sync()
  } finally {
    await handle.close()
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.pid === process.pid) return false
  if (!isAlive(holder.pid)) return true
  // The PID is running, but the lock predates the last boot: the PID was reused.
  const since = Date.parse(holder.since)
  return Number.isFinite(since) && since < bootTime() - 60_000
}

function busy(dataDir: string, path: string, holder: LockHolder | null): GlossError {
  const who = holder ? `${holder.owner}, process ${holder.pid}` : 'a lock being written'
  return new GlossError(
    'read-only',
    `The library in ${dataDir} is already open in another Gloss (${who}). Close it first, or choose another folder with --data-dir. If no Gloss is running, delete ${path} and try again.`,
  )
}

/** A takeover in progress older than this was abandoned by a process that died during it. */
const TAKEOVER_STALE_MS = 10_000

const pause = () => new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20))

/**
 * Removes the lock at `path` if it is still the one judged stale (same token, or still
 * unreadable when `judged` is null). Only one process takes over at a time (`.takeover`,
 * created exclusively), and a live holder never has its lock removed this way, so the check
 * and the removal cannot be separated by another process's new lock.
 */
async function removeIfStill(path: string, judged: LockHolder | null): Promise<void> {
  const guard = `${path}.takeover`
  try {
    await (await open(guard, 'wx')).close()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const age = await stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    )
    if (age > TAKEOVER_STALE_MS) await rm(guard, { force: true })
    await pause()
    return
  }
  try {
    const now = await readHolder(path)
    const same =
      judged === null ? now === 'unreadable' : typeof now === 'object' && now.token === judged.token
    if (same) await rm(path, { force: true })
  } finally {
    await rm(guard, { force: true })
  }
}

async function readHolder(path: string): Promise<LockHolder | 'missing' | 'unreadable'> {
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    throw error
  }
  try {
    const parsed = JSON.parse(raw) as Partial<Record<keyof LockHolder, unknown>>
    if (typeof parsed.pid !== 'number') return 'unreadable'
    return {
      pid: parsed.pid,
      owner: String(parsed.owner ?? 'Gloss'),
      since: typeof parsed.since === 'string' ? parsed.since : '',
      // Locks written by an earlier Gloss have no token: their PID and time stand in.
      token: typeof parsed.token === 'string' ? parsed.token : `${parsed.pid}@${parsed.since}`,
    }
  } catch {
    return 'unreadable'
  }
}

function heldLock(path: string, mine: LockHolder): DataDirLock {
  let released = false
  return {
    async verify() {
      const holder = released ? 'missing' : await readHolder(path)
      if (typeof holder === 'object' && holder.token === mine.token) return
      throw new GlossError(
        'read-only',
        `Gloss no longer holds the lock on this library (${path}); nothing more is written. Close this window and open the library again.`,
      )
    },
    async release() {
      if (released) return
      released = true
      // Remove it only while it is still ours.
      const holder = await readHolder(path)
      if (typeof holder === 'object' && holder.token === mine.token) await rm(path, { force: true })
    },
  }
}
