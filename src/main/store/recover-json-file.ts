// Opens a JSON file that must never be lost: a damaged file is kept aside (never overwritten)
// and the newest backup that reads and validates is restored, with a notice for the user.
import { readFile, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { BackupRotation } from './backup-rotation'
import { CorruptFileError, readJsonFile, writeFileDurably } from './durable-json-file'

export interface Recovered<T> {
  /** null when the file does not exist and nothing could be restored. */
  value: T | null
  notice: string | null
}

/**
 * Reads `path` through `validate` (which returns null for a shape it cannot accept).
 * A missing file is not an error: `value` is null and there is no notice.
 */
export async function readWithRecovery<T>(
  path: string,
  validate: (raw: unknown) => T | null,
  backups: BackupRotation,
): Promise<Recovered<T>> {
  let reason: string
  try {
    const raw = await readJsonFile(path)
    if (raw === null) return { value: null, notice: null }
    const value = validate(raw)
    if (value !== null) return { value, notice: null }
    reason = 'its content is not in the expected shape'
  } catch (error) {
    if (!(error instanceof CorruptFileError)) throw error
    reason = error.message
  }
  const keptAs = `${basename(path)}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`
  await rename(path, join(dirname(path), keptAs))
  for (const backup of await backups.list(path)) {
    const content = await readFile(backup, 'utf8').catch(() => null)
    if (content === null) continue
    let value: T | null = null
    try {
      value = validate(JSON.parse(content))
    } catch {
      continue
    }
    if (value === null) continue
    await writeFileDurably(path, content)
    return {
      value,
      notice: `${basename(path)} could not be read (${reason}). It was kept as ${keptAs}, and the backup from ${backupTime(backup)} was restored.`,
    }
  }
  return {
    value: null,
    notice: `${basename(path)} could not be read (${reason}). It was kept as ${keptAs}; no good backup was found.`,
  }
}

/** `…/2024-01-02T03-04-05-678Z.json` → `2024-01-02 03:04:05 UTC`. */
function backupTime(path: string): string {
  const m = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})/.exec(basename(path))
  return m ? `${m[1]} ${m[2]}:${m[3]}:${m[4]} UTC` : basename(path)
}
