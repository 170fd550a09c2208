// The library on disk: a small `library.json` index (issues, settings) plus one file per issue
// under `issues/`, so a save rewrites kilobytes whatever the library's size (DESIGN §5).
// Every method that changes data resolves only once the change is durable on disk.
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { Settings } from '../../../shared/contract'
import { GlossError } from '../../../shared/errors'
import type { IssueMeta, StoredDictionaryEntry } from '../../../shared/model'
import { CorruptFileError, DurableJsonFile, readJsonFile } from './durable-json-file'
import { migrateLibrary } from './migrations'
import {
  LIBRARY_SCHEMA_VERSION,
  emptyLibrary,
  issueFileSchema,
  libraryFileSchema,
  type IssueFile,
  type LibraryFile,
} from './library-schema'

export type IssueMetaPatch = Partial<Pick<IssueMeta, 'paper' | 'date'>>

export class LibraryStore {
  private constructor(
    readonly dataDir: string,
    private readonly db: Low<LibraryFile>,
    /** Things the user must be told about how the library was opened. */
    readonly notices: string[],
    readonly readOnly: boolean,
  ) {}

  static async open(dataDir: string): Promise<LibraryStore> {
    await mkdir(join(dataDir, 'issues'), { recursive: true })
    const path = join(dataDir, 'library.json')
    const notices: string[] = []
    let data: LibraryFile
    let readOnly = false
    let needsWrite = false
    try {
      const raw = await readJsonFile(path)
      if (raw === null) {
        data = emptyLibrary()
        const rebuilt = await rebuildIndex(dataDir)
        if (rebuilt.length > 0) {
          data.issues = rebuilt
          data.sampleImported = true
          notices.push(`library.json was missing; the index was rebuilt from ${rebuilt.length} issue file(s).`)
        }
        needsWrite = true
      } else {
        const version = (raw as { schemaVersion?: unknown }).schemaVersion
        if (typeof version === 'number' && version > LIBRARY_SCHEMA_VERSION) {
          readOnly = true
          notices.push(
            `This library was written by a newer Gloss (format ${version}; this version reads ${LIBRARY_SCHEMA_VERSION}). It is open read-only: update Gloss to change it.`,
          )
          data = salvageNewer(raw)
        } else {
          const parsed = libraryFileSchema.safeParse(migrateOrNull(raw))
          if (parsed.success && version !== LIBRARY_SCHEMA_VERSION) {
            // Keep the file as the older Gloss wrote it before the first write in the new format.
            await copyFile(path, join(dataDir, `library.json.v${String(version)}.bak`))
            needsWrite = true
          }
          if (!parsed.success) throw new CorruptFileError(path, parsed.error.issues[0]?.message ?? 'invalid')
          data = parsed.data
        }
      }
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      // Never overwrite what we could not read: keep it aside, then rebuild what we can.
      const keptAs = `library.json.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`
      await rename(path, join(dataDir, keptAs))
      data = emptyLibrary()
      data.issues = await rebuildIndex(dataDir)
      data.sampleImported = true
      notices.push(
        `library.json could not be read (${error.message}). It was kept as ${keptAs}; the library was rebuilt from ${data.issues.length} issue file(s) and settings were reset.`,
      )
      needsWrite = true
    }
    const db = new Low<LibraryFile>(new DurableJsonFile<LibraryFile>(path), data)
    const store = new LibraryStore(dataDir, db, notices, readOnly)
    if (needsWrite && !readOnly) await db.write()
    return store
  }

  get settings(): Settings {
    return this.db.data.settings
  }

  get sampleImported(): boolean {
    return this.db.data.sampleImported
  }

  listIssues(): IssueMeta[] {
    return this.db.data.issues
  }

  findIssue(id: string): IssueMeta | undefined {
    return this.db.data.issues.find((issue) => issue.id === id)
  }

  async readIssue(id: string): Promise<IssueFile> {
    if (!this.findIssue(id)) throw new GlossError('not-found', `No issue ${id.slice(0, 12)}… in the library.`)
    const raw = await readJsonFile(this.issuePath(id))
    const parsed = issueFileSchema.safeParse(raw)
    if (!parsed.success) {
      throw new GlossError('internal', `The stored copy of issue ${id.slice(0, 12)}… is missing or damaged.`)
    }
    return parsed.data
  }

  /** Adds an issue: its own file first, then the index, so the index never points at nothing. */
  async addIssue(issue: IssueFile): Promise<void> {
    this.assertWritable()
    await new DurableJsonFile<IssueFile>(this.issuePath(issue.meta.id)).write(issue)
    await this.update((data) => {
      data.issues = data.issues.filter((meta) => meta.id !== issue.meta.id).concat(issue.meta)
    })
  }

  /** Removes an issue from the library; its file moves to `trash/` rather than being deleted. */
  async removeIssue(id: string): Promise<boolean> {
    this.assertWritable()
    if (!this.findIssue(id)) return false
    await this.update((data) => {
      data.issues = data.issues.filter((meta) => meta.id !== id)
      if (data.settings.lastIssueId === id) data.settings.lastIssueId = null
    })
    await mkdir(join(this.dataDir, 'trash'), { recursive: true })
    await rename(this.issuePath(id), join(this.dataDir, 'trash', `${id}.json`)).catch(() =>
      rm(this.issuePath(id), { force: true }),
    )
    return true
  }

  async updateIssueMeta(id: string, patch: IssueMetaPatch): Promise<IssueMeta> {
    this.assertWritable()
    const issue = await this.readIssue(id)
    const meta: IssueMeta = { ...issue.meta, ...patch }
    await new DurableJsonFile<IssueFile>(this.issuePath(id)).write({ ...issue, meta })
    await this.update((data) => {
      data.issues = data.issues.map((existing) => (existing.id === id ? meta : existing))
    })
    return meta
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.assertWritable()
    await this.update((data) => {
      data.settings = { ...data.settings, ...patch }
    })
    return this.settings
  }

  get dictionary(): readonly StoredDictionaryEntry[] {
    return this.db.data.dictionary
  }

  async addDictionaryEntry(entry: StoredDictionaryEntry): Promise<void> {
    this.assertWritable()
    await this.update((data) => {
      data.dictionary = [...data.dictionary, entry]
    })
  }

  async removeDictionaryEntry(id: string): Promise<boolean> {
    this.assertWritable()
    const before = this.db.data.dictionary.length
    await this.update((data) => {
      data.dictionary = data.dictionary.filter((entry) => entry.id !== id)
    })
    return this.db.data.dictionary.length < before
  }

  async markSampleImported(): Promise<void> {
    if (this.readOnly) return
    await this.update((data) => {
      data.sampleImported = true
    })
  }

  private async update(change: (data: LibraryFile) => void): Promise<void> {
    change(this.db.data)
    await this.db.write()
  }

  private issuePath(id: string): string {
    return join(this.dataDir, 'issues', `${id}.json`)
  }

  private assertWritable(): void {
    if (this.readOnly) {
      throw new GlossError('read-only', 'The library is open read-only; nothing was changed.')
    }
  }
}

/** Lists every readable issue file, for when the index is lost. */
async function rebuildIndex(dataDir: string): Promise<IssueMeta[]> {
  const folder = join(dataDir, 'issues')
  const names = (await readdir(folder)).filter((name) => /^[0-9a-f]{64}\.json$/.test(name)).sort()
  const metas: IssueMeta[] = []
  for (const name of names) {
    const parsed = issueFileSchema.safeParse(await readJsonFile(join(folder, name)).catch(() => null))
    if (parsed.success) metas.push(parsed.data.meta)
  }
  return metas.sort((a, b) => a.importedAt.localeCompare(b.importedAt))
}

function migrateOrNull(raw: unknown): unknown {
  try {
    return migrateLibrary(raw as Record<string, unknown>)
  } catch {
    return null
  }
}

/** Reads what a newer format still shares with ours, for read-only display. */
function salvageNewer(raw: unknown): LibraryFile {
  const library = emptyLibrary()
  const record = raw as Partial<Record<keyof LibraryFile, unknown>>
  const issues = libraryFileSchema.shape.issues.safeParse(record.issues)
  if (issues.success) library.issues = issues.data
  const settings = libraryFileSchema.shape.settings.safeParse(record.settings)
  if (settings.success) library.settings = settings.data
  const dictionary = libraryFileSchema.shape.dictionary.safeParse(record.dictionary)
  if (dictionary.success) library.dictionary = dictionary.data
  library.sampleImported = true
  return library
}
