// The user's structure corrections, one file per issue (`structure/<issue id>.json`) beside its
// annotations. They address the canonical text by offset, which never changes, so they survive
// restarts and re-parsing; the issue file and every annotation stay untouched.
import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { structureRoles, type StructureCorrection } from '../../shared/model'
import type { BackupRotation } from './backup-rotation'
import { DurableJsonFile } from './durable-json-file'
import { readWithRecovery } from './recover-json-file'

export const STRUCTURE_FILE_VERSION = 1

const stored = {
  at: z.number().int().nonnegative(),
  id: z.string().min(1),
  quote: z.string(),
  createdAt: z.string(),
}
const correctionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: z.enum(structureRoles), ...stored }),
  z.object({ kind: z.literal('split'), ...stored }),
  z.object({ kind: z.literal('merge'), ...stored }),
])

const structureFileSchema = z.object({
  schemaVersion: z.literal(STRUCTURE_FILE_VERSION),
  issueId: z.string(),
  /** In the order they apply: later corrections apply over earlier ones. */
  corrections: z.array(correctionSchema),
})
type StructureFile = z.infer<typeof structureFileSchema>

/** Upgrades a structure file written by an earlier Gloss; version 1 is still current. */
export function migrateStructureFile(raw: unknown): unknown {
  return raw
}

export class StructureStore {
  private readonly loaded = new Map<string, StructureCorrection[]>()
  private readonly files = new Map<string, DurableJsonFile<StructureFile>>()
  private readonly queues = new Map<string, Promise<unknown>>()
  /** Notices from files that had to be recovered, for the UI to show once. */
  readonly notices: string[] = []

  constructor(
    private readonly dataDir: string,
    private readonly backups: BackupRotation,
  ) {}

  /** The issue's corrections in the order they apply (none: an empty list). */
  async list(issueId: string): Promise<StructureCorrection[]> {
    const cached = this.loaded.get(issueId)
    if (cached) return cached
    const recovered = await readWithRecovery(
      this.path(issueId),
      (raw) => {
        const parsed = structureFileSchema.safeParse(migrateStructureFile(raw))
        return parsed.success ? parsed.data : null
      },
      this.backups,
    )
    if (recovered.notice) this.notices.push(recovered.notice)
    const corrections = recovered.value?.corrections ?? []
    this.loaded.set(issueId, corrections)
    return corrections
  }

  /** Inserts a correction at `index` (default: last, so it applies over all others). */
  insert(issueId: string, correction: StructureCorrection, index?: number): Promise<void> {
    return this.update(issueId, (current) => {
      const next = current.filter((c) => c.id !== correction.id)
      next.splice(index ?? next.length, 0, correction)
      return next
    })
  }

  /** Removes a correction; resolves with it and where it was, or null when it is not there. */
  async remove(
    issueId: string,
    id: string,
  ): Promise<{ correction: StructureCorrection; index: number } | null> {
    let removed: { correction: StructureCorrection; index: number } | null = null
    await this.update(issueId, (current) => {
      const index = current.findIndex((c) => c.id === id)
      if (index < 0) return null
      removed = { correction: current[index], index }
      return current.filter((_, i) => i !== index)
    })
    return removed
  }

  /** With the issue, its corrections move to `trash/`, and come back if it is imported again. */
  async moveToTrash(issueId: string): Promise<void> {
    await this.update(issueId, () => null)
    this.loaded.delete(issueId)
    await mkdir(join(this.dataDir, 'trash'), { recursive: true })
    await rename(this.path(issueId), this.trashPath(issueId)).catch(ignoreMissing)
  }

  async restoreFromTrash(issueId: string): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await rename(this.trashPath(issueId), this.path(issueId)).catch(ignoreMissing)
    this.loaded.delete(issueId)
  }

  /** Read-modify-write of one issue's file, one at a time (null: no change). */
  private update(
    issueId: string,
    change: (current: StructureCorrection[]) => StructureCorrection[] | null,
  ): Promise<void> {
    const previous = this.queues.get(issueId) ?? Promise.resolve()
    const next = previous.then(async () => {
      const changed = change(await this.list(issueId))
      if (!changed) return
      await mkdir(this.folder, { recursive: true })
      await this.file(issueId).write({
        schemaVersion: STRUCTURE_FILE_VERSION,
        issueId,
        corrections: changed,
      })
      this.loaded.set(issueId, changed)
    })
    const settled = next.catch(() => undefined)
    this.queues.set(issueId, settled)
    void settled.then(() => {
      if (this.queues.get(issueId) === settled) this.queues.delete(issueId)
    })
    return next
  }

  private get folder(): string {
    return join(this.dataDir, 'structure')
  }

  private file(issueId: string): DurableJsonFile<StructureFile> {
    let file = this.files.get(issueId)
    if (!file) {
      file = new DurableJsonFile<StructureFile>(this.path(issueId), this.backups)
      this.files.set(issueId, file)
    }
    return file
  }

  private path(issueId: string): string {
    return join(this.folder, `${issueId}.json`)
  }

  private trashPath(issueId: string): string {
    return join(this.dataDir, 'trash', `structure-${issueId}.json`)
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error
}
