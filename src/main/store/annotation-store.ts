// Annotations, one file per issue (`annotations/<issue id>.json`), so saving one annotation
// rewrites only its issue's file — tens of kilobytes whatever the library's size
// (docs/ARCHITECTURE.md, Storage).
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Annotation } from '../../shared/model'
import type { BackupRotation } from './backup-rotation'
import { DurableJsonFile, readJsonFile } from './durable-json-file'
import { readWithRecovery } from './recover-json-file'

export const ANNOTATION_FILE_VERSION = 1

const annotationSchema = z.object({
  id: z.string().min(1),
  issueId: z.string(),
  selector: z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
  }),
  themeIds: z.array(z.string()),
  memo: z.string(),
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  anchor: z.enum(['anchored', 'orphan']),
})

const annotationFileSchema = z.object({
  schemaVersion: z.literal(ANNOTATION_FILE_VERSION),
  issueId: z.string(),
  annotations: z.array(annotationSchema),
})
type AnnotationFile = z.infer<typeof annotationFileSchema>

export class AnnotationStore {
  private readonly loaded = new Map<string, Annotation[]>()
  private readonly files = new Map<string, DurableJsonFile<AnnotationFile>>()
  /** Read-modify-write of one issue's file runs one at a time, so no change is lost. */
  private readonly queues = new Map<string, Promise<unknown>>()
  /** Notices from files that had to be recovered, for the UI to show once. */
  readonly notices: string[] = []

  constructor(
    private readonly dataDir: string,
    private readonly backups: BackupRotation,
  ) {}

  private get folder(): string {
    return join(this.dataDir, 'annotations')
  }

  /** The issue's annotations in document order (by start, then end). */
  async list(issueId: string): Promise<Annotation[]> {
    const cached = this.loaded.get(issueId)
    if (cached) return cached
    const recovered = await readWithRecovery(
      this.path(issueId),
      (raw) => {
        const parsed = annotationFileSchema.safeParse(raw)
        return parsed.success ? parsed.data : null
      },
      this.backups,
    )
    if (recovered.notice) this.notices.push(recovered.notice)
    const annotations = recovered.value?.annotations ?? []
    this.loaded.set(issueId, annotations)
    return annotations
  }

  async find(issueId: string, id: string): Promise<Annotation | undefined> {
    return (await this.list(issueId)).find((annotation) => annotation.id === id)
  }

  /** Inserts or replaces one annotation; resolves once it is durable. */
  put(annotation: Annotation): Promise<void> {
    return this.update(annotation.issueId, (current) =>
      current.filter((existing) => existing.id !== annotation.id).concat(annotation),
    )
  }

  async remove(issueId: string, id: string): Promise<Annotation | null> {
    let removed: Annotation | null = null
    await this.update(issueId, (current) => {
      removed = current.find((annotation) => annotation.id === id) ?? null
      return removed ? current.filter((annotation) => annotation !== removed) : null
    })
    return removed
  }

  /** Applies `change` to the issue's annotations and saves the result (null: no change). */
  update(issueId: string, change: (current: Annotation[]) => Annotation[] | null): Promise<void> {
    const previous = this.queues.get(issueId) ?? Promise.resolve()
    const next = previous.then(async () => {
      const changed = change(await this.list(issueId))
      if (changed) await this.write(issueId, changed)
    })
    const settled = next.catch(() => undefined)
    this.queues.set(issueId, settled)
    void settled.then(() => {
      if (this.queues.get(issueId) === settled) this.queues.delete(issueId)
    })
    return next
  }

  private async write(issueId: string, annotations: Annotation[]): Promise<void> {
    const sorted = [...annotations].sort(
      (a, b) =>
        a.selector.start - b.selector.start ||
        a.selector.end - b.selector.end ||
        a.createdAt.localeCompare(b.createdAt),
    )
    await mkdir(this.folder, { recursive: true })
    await this.file(issueId).write({
      schemaVersion: ANNOTATION_FILE_VERSION,
      issueId,
      annotations: sorted,
    })
    this.loaded.set(issueId, sorted)
  }

  /** Ids of the issues that have an annotation file. */
  async annotatedIssueIds(): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => [] as string[])
    return names
      .filter((name) => /^[0-9a-f]{64}\.json$/.test(name))
      .map((name) => name.slice(0, 64))
  }

  /**
   * When an issue is removed its annotations move to `trash/`, never deleted, each removal to a
   * file of its own: an issue removed, brought back and removed again keeps both generations.
   */
  async moveToTrash(issueId: string): Promise<void> {
    await this.update(issueId, () => null)
    this.loaded.delete(issueId)
    await mkdir(this.trashFolder, { recursive: true })
    const generation = `${Date.now()}-${randomUUID().slice(0, 8)}`
    const target = join(this.trashFolder, `annotations-${issueId}.${generation}.json`)
    await rename(this.path(issueId), target).catch(ignoreMissing)
  }

  /**
   * …and come back when the issue does (imported again, or merged from an export): every
   * trashed generation is merged into what the issue has now, by annotation id (the newer
   * edit wins), and a generation leaves the trash only once that is durable. A trashed file
   * that cannot be read stays where it is. Returns whether any came back.
   */
  async restoreFromTrash(issueId: string): Promise<boolean> {
    const generations = await this.trashedGenerations(issueId)
    const trashed: Annotation[] = []
    const read: string[] = []
    for (const path of generations) {
      const parsed = annotationFileSchema.safeParse(await readJsonFile(path).catch(() => null))
      if (!parsed.success || parsed.data.issueId !== issueId) continue
      trashed.push(...parsed.data.annotations)
      read.push(path)
    }
    if (read.length === 0) return false
    await this.update(issueId, (current) => mergeById(current, trashed))
    for (const path of read) await rm(path, { force: true })
    return true
  }

  private get trashFolder(): string {
    return join(this.dataDir, 'trash')
  }

  /** This issue's trashed files: `annotations-<id>.json` (before generations) and
   * `annotations-<id>.<generation>.json`, oldest first. */
  private async trashedGenerations(issueId: string): Promise<string[]> {
    const names = await readdir(this.trashFolder).catch(() => [] as string[])
    const prefix = `annotations-${issueId}.`
    return names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
      .sort()
      .map((name) => join(this.trashFolder, name))
  }

  private file(issueId: string): DurableJsonFile<AnnotationFile> {
    let file = this.files.get(issueId)
    if (!file) {
      file = new DurableJsonFile<AnnotationFile>(this.path(issueId), this.backups)
      this.files.set(issueId, file)
    }
    return file
  }

  private path(issueId: string): string {
    return join(this.folder, `${issueId}.json`)
  }
}

/** `current` with `restored` added; of two with one id, the later edit is kept. */
function mergeById(current: Annotation[], restored: readonly Annotation[]): Annotation[] {
  const byId = new Map(current.map((a) => [a.id, a]))
  for (const a of restored) {
    const have = byId.get(a.id)
    if (!have || a.updatedAt > have.updatedAt) byId.set(a.id, a)
  }
  return [...byId.values()]
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error
}
