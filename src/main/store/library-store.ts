// The library on disk: a small `library.json` index (issues, settings) plus one file per issue
// under `issues/`, so a save rewrites kilobytes whatever the library's size (docs/ARCHITECTURE.md,
// Storage). Every method that changes data resolves only once the change is durable on disk.
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { Settings } from '../../shared/contract'
import { GlossError } from '../../shared/errors'
import type { IssueMeta, StoredDictionaryEntry } from '../../shared/model'
import { CorruptFileError, DurableJsonFile, readJsonFile } from './durable-json-file'
import { BackupRotation, type BackupPolicy } from './backup-rotation'
import { migrateLibrary } from './migrations'
import { readWithRecovery } from './recover-json-file'
import {
  LIBRARY_SCHEMA_VERSION,
  emptyLibrary,
  issueFileSchema,
  libraryFileSchema,
  type IssueFile,
  type LibraryFile,
} from './library-schema'

/** What may change after import: the user's paper and date, and the article count their
 * structure corrections give. */
export type IssueMetaPatch = Partial<Pick<IssueMeta, 'paper' | 'date' | 'articleCount'>>

export class LibraryStore {
  private constructor(
    readonly dataDir: string,
    private readonly db: Low<LibraryFile>,
    /** Rotating backups of every library file. */
    readonly backups: BackupRotation,
    /** Things the user must be told about how the library was opened. */
    readonly notices: string[],
    readonly readOnly: boolean,
  ) {}

  static async open(dataDir: string, backupPolicy?: BackupPolicy): Promise<LibraryStore> {
    await mkdir(join(dataDir, 'issues'), { recursive: true })
    const path = join(dataDir, 'library.json')
    const backups = new BackupRotation(join(dataDir, 'backups'), backupPolicy)
    const notices: string[] = []
    const raw = await readJsonFile(path).catch((error: unknown) => {
      if (error instanceof CorruptFileError) return undefined
      throw error
    })
    const version = (raw as { schemaVersion?: unknown } | null | undefined)?.schemaVersion
    if (typeof version === 'number' && version > LIBRARY_SCHEMA_VERSION) {
      notices.push(
        `This library was written by a newer Gloss (format ${version}; this version reads ${LIBRARY_SCHEMA_VERSION}). It is open read-only: update Gloss to change it.`,
      )
      const db = new Low<LibraryFile>(new DurableJsonFile<LibraryFile>(path), salvageNewer(raw))
      return new LibraryStore(dataDir, db, backups, notices, true)
    }
    if (typeof version === 'number' && version < LIBRARY_SCHEMA_VERSION) {
      // Keep the file as the older Gloss wrote it before the first write in the new format.
      await copyFile(path, join(dataDir, `library.json.v${version}.bak`))
    }

    const recovered = await readWithRecovery(path, validateLibrary, backups)
    if (recovered.notice) notices.push(recovered.notice)
    const data = recovered.value ?? emptyLibrary()
    // Issues imported after the index was last good (or with no index at all) are found again
    // from their own files.
    const missing = (await readIssueMetas(dataDir)).filter(
      (meta) => !data.issues.some((i) => i.id === meta.id),
    )
    if (missing.length > 0) {
      data.issues = [...data.issues, ...missing]
      data.sampleImported = true
      notices.push(
        `${missing.length} issue(s) missing from the library index were found again from their files.`,
      )
    }
    const db = new Low<LibraryFile>(new DurableJsonFile<LibraryFile>(path, backups), data)
    const store = new LibraryStore(dataDir, db, backups, notices, false)
    if (
      recovered.value === null ||
      recovered.notice ||
      missing.length > 0 ||
      version !== LIBRARY_SCHEMA_VERSION
    ) {
      await db.write()
    }
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
    if (!this.findIssue(id))
      throw new GlossError('not-found', `No issue ${id.slice(0, 12)}… in the library.`)
    const raw = await readJsonFile(this.issuePath(id))
    const parsed = issueFileSchema.safeParse(raw)
    if (!parsed.success) {
      throw new GlossError(
        'internal',
        `The stored copy of issue ${id.slice(0, 12)}… is missing or damaged.`,
      )
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

/** Every readable issue file's metadata, oldest import first. */
async function readIssueMetas(dataDir: string): Promise<IssueMeta[]> {
  const folder = join(dataDir, 'issues')
  const names = (await readdir(folder)).filter((name) => /^[0-9a-f]{64}\.json$/.test(name)).sort()
  const metas: IssueMeta[] = []
  for (const name of names) {
    const parsed = issueFileSchema.safeParse(
      await readJsonFile(join(folder, name)).catch(() => null),
    )
    if (parsed.success) metas.push(parsed.data.meta)
  }
  return metas.sort((a, b) => a.importedAt.localeCompare(b.importedAt))
}

function validateLibrary(raw: unknown): LibraryFile | null {
  try {
    const parsed = libraryFileSchema.safeParse(migrateLibrary(raw as Record<string, unknown>))
    return parsed.success ? parsed.data : null
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
