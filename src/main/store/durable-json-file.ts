// A lowdb adapter that makes every write durable before it resolves. lowdb's own JSONFile
// (through steno) renames a temp file but never fsyncs, so a power cut can leave an empty
// file behind a "saved" indicator. Here: write temp → fsync → rename → fsync the folder.
import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve, sep } from 'node:path'
import type { Adapter } from 'lowdb'

/** The file exists but does not hold valid JSON; it must never be overwritten blindly. */
export class CorruptFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${basename(path)} is not valid JSON (${reason})`)
    this.name = 'CorruptFileError'
  }
}

let tempCounter = 0

/** Folder → a check that this process may still write there (the library lock's owner). */
const writeGuards = new Map<string, () => Promise<void>>()

/**
 * Every durable write under `folder` first runs `check` (which throws to refuse), so a process
 * that lost the library lock stops writing instead of overwriting the new owner's saves.
 * Returns the function that removes the guard.
 */
export function guardWrites(folder: string, check: () => Promise<void>): () => void {
  const key = resolve(folder) + sep
  writeGuards.set(key, check)
  return () => {
    if (writeGuards.get(key) === check) writeGuards.delete(key)
  }
}

async function checkGuards(path: string): Promise<void> {
  const full = resolve(path)
  for (const [folder, check] of writeGuards) if (full.startsWith(folder)) await check()
}

export async function writeFileDurably(path: string, content: string): Promise<void> {
  await checkGuards(path)
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`)
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(content, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(dirname(path))
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for syncing; there the
  // rename is as durable as the file system makes it.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export async function readJsonFile(path: string): Promise<unknown | null> {
  let content: string
  try {
    content = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    return JSON.parse(content) as unknown
  } catch (error) {
    throw new CorruptFileError(path, content.trim() === '' ? 'empty' : (error as Error).message)
  }
}

/** Called before a file is overwritten (rotating backups). */
export interface WriteHooks {
  beforeWrite(path: string): Promise<void>
}

/** A JSON file adapter for `new Low(...)`: reads strictly, writes durably, one write at a time. */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve()

  constructor(
    readonly path: string,
    private readonly hooks?: WriteHooks,
  ) {}

  async read(): Promise<T | null> {
    return (await readJsonFile(this.path)) as T | null
  }

  write(data: T): Promise<void> {
    // Serialise now, so a later mutation of `data` cannot leak into this write.
    const content = JSON.stringify(data, null, 2)
    const next = this.queue.then(async () => {
      await this.hooks?.beforeWrite(this.path)
      await writeFileDurably(this.path, content)
    })
    this.queue = next.catch(() => undefined)
    return next
  }
}
