// Recognised entities per issue, cached in memory (reopening is instant) and on disk under
// `entities/<issue id>.json` (restarting is too). An entry is valid only for the recogniser
// version and the dictionary entries that touch that issue's text.
import { createHash } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { EntityMention } from '../../../shared/model'
import { DurableJsonFile, readJsonFile } from '../../store/durable-json-file'

interface CacheFile {
  key: string
  mentions: EntityMention[]
}

const MEMORY_ENTRIES = 64

export class EntityCache {
  private readonly memory = new Map<string, CacheFile>()

  constructor(private readonly folder: string) {}

  static key(recogniserVersion: string, dictionary: unknown): string {
    return createHash('sha256')
      .update(recogniserVersion)
      .update(JSON.stringify(dictionary))
      .digest('hex')
  }

  async get(issueId: string, key: string): Promise<EntityMention[] | null> {
    const inMemory = this.memory.get(issueId)
    if (inMemory) {
      // Re-insert so the map's order stays least-recently-used first.
      this.memory.delete(issueId)
      this.memory.set(issueId, inMemory)
      return inMemory.key === key ? inMemory.mentions : null
    }
    const onDisk = (await readJsonFile(this.path(issueId)).catch(() => null)) as CacheFile | null
    if (!onDisk || onDisk.key !== key || !Array.isArray(onDisk.mentions)) return null
    this.remember(issueId, onDisk)
    return onDisk.mentions
  }

  async set(issueId: string, key: string, mentions: EntityMention[]): Promise<void> {
    const entry = { key, mentions }
    this.remember(issueId, entry)
    await mkdir(this.folder, { recursive: true })
    // A cache may be lost without harm, but a torn file must never be read back as valid.
    await new DurableJsonFile<CacheFile>(this.path(issueId)).write(entry)
  }

  async delete(issueId: string): Promise<void> {
    this.memory.delete(issueId)
    await rm(this.path(issueId), { force: true })
  }

  private remember(issueId: string, entry: CacheFile): void {
    this.memory.delete(issueId)
    this.memory.set(issueId, entry)
    if (this.memory.size > MEMORY_ENTRIES)
      this.memory.delete(this.memory.keys().next().value as string)
  }

  private path(issueId: string): string {
    return join(this.folder, `${issueId}.json`)
  }
}
