// Exports the library (or a selection) as annotated JSON, CSV or W3C Web Annotation, and merges
// a Gloss JSON export back in. Building is pure (core/export); this gathers the data and writes.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { ExchangeSummary, ExportedFile } from '../../../shared/contract'
import { GlossError } from '../../../shared/errors'
import {
  annotationKey,
  buildGlossExport,
  planImport,
  readGlossExport,
  toAnnotationsCsv,
  toEntitiesCsv,
  toWebAnnotations,
  type GlossExport,
} from '../../core/export'
import type { AnnotationStore } from '../../store/annotation-store'
import type { CodebookStore } from '../../store/codebook-store'
import { writeFileDurably } from '../../store/durable-json-file'
import { ISSUE_FILE_SCHEMA_VERSION } from '../../store/library-schema'
import type { LibraryStore } from '../../store/library-store'
import type { EntityService } from '../entities/entity-service'
import type { IssueDocuments } from '../structure/structure-service'

export type ExportFormat = 'json' | 'csv' | 'w3c'

export interface ExportScope {
  format: ExportFormat
  /** null: the whole library, in library order. */
  issueIds: string[] | null
  themeIds: string[] | null
}

export interface ExportDeps {
  library: LibraryStore
  annotations: AnnotationStore
  entities: EntityService
  codebook: CodebookStore
  /** Issues as the reader shows them: with the user's structure corrections applied. */
  documents: IssueDocuments
  version: string
  now?: () => Date
}

export class ExportService {
  constructor(private readonly deps: ExportDeps) {}

  /** The annotated JSON document for a scope; `onProgress(done, total)` per issue gathered. */
  async build(
    scope: Omit<ExportScope, 'format'>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<GlossExport> {
    const { library, annotations, entities, codebook } = this.deps
    const ids = scope.issueIds ?? library.listIssues().map((meta) => meta.id)
    const issues = []
    for (const [i, id] of ids.entries()) {
      const document = await this.deps.documents(id)
      issues.push({
        document,
        entities: await entities.mentionsFor(id, document.text),
        annotations: await annotations.list(id),
      })
      onProgress?.(i + 1, ids.length)
    }
    return buildGlossExport({
      appVersion: this.deps.version,
      exportedAt: this.now().toISOString(),
      codebook: codebook.codebook,
      issues,
      themeFilter: scope.themeIds ?? undefined,
    })
  }

  /** The export's files: one JSON, two CSVs (annotations, entities), or one JSON-LD. */
  async files(scope: ExportScope): Promise<ExportedFile[]> {
    const exp = await this.build(scope)
    const stem = `gloss-${scope.issueIds?.length === 1 ? scope.issueIds[0].slice(0, 12) : 'library'}-${this.now().toISOString().slice(0, 10)}`
    switch (scope.format) {
      case 'json':
        return [
          {
            name: `${stem}.gloss.json`,
            type: 'application/json',
            content: JSON.stringify(exp, null, 2),
          },
        ]
      case 'csv':
        return [
          { name: `${stem}-annotations.csv`, type: 'text/csv', content: toAnnotationsCsv(exp) },
          { name: `${stem}-entities.csv`, type: 'text/csv', content: toEntitiesCsv(exp) },
        ]
      case 'w3c':
        return [
          {
            name: `${stem}.jsonld`,
            type: 'application/ld+json',
            content: JSON.stringify(toWebAnnotations(exp), null, 2),
          },
        ]
    }
  }

  /** Writes the export's files into `folder`, each atomically; returns their paths. */
  async save(scope: ExportScope, folder: string, baseName?: string): Promise<string[]> {
    const files = await this.files(scope)
    const paths: string[] = []
    for (const file of files) {
      const name = baseName && files.length === 1 ? baseName : file.name
      const path = join(folder, name)
      await writeFileDurably(path, file.content)
      paths.push(path)
    }
    return paths
  }

  /** Merges a Gloss JSON export into the library without duplicates; authors are kept. */
  async importExport(json: string): Promise<ExchangeSummary> {
    const { library, annotations, codebook } = this.deps
    if (library.readOnly)
      throw new GlossError('read-only', 'The library is open read-only; nothing was imported.')
    let exp: GlossExport
    try {
      exp = readGlossExport(JSON.parse(json))
    } catch (error) {
      throw new GlossError(
        'file-unparsable',
        `This is not a Gloss export: ${(error as Error).message}`,
      )
    }
    const annotationKeys = new Set<string>()
    const existingIds = new Map<string, Set<string>>()
    for (const issueId of await annotations.annotatedIssueIds()) {
      const list = await annotations.list(issueId)
      existingIds.set(issueId, new Set(list.map((a) => a.id)))
      for (const a of list)
        annotationKeys.add(
          annotationKey(a.issueId, a.selector.start, a.selector.end, a.selector.exact, a.themeIds),
        )
    }
    const plan = planImport(
      {
        issueIds: new Set(library.listIssues().map((m) => m.id)),
        annotationKeys,
        themeIds: new Set(codebook.themeIds()),
      },
      exp,
    )
    if (plan.themes.length > 0) {
      await codebook.save({ themes: [...codebook.codebook.themes, ...plan.themes] })
    }
    for (const document of plan.issues) {
      await library.addIssue({ schemaVersion: ISSUE_FILE_SCHEMA_VERSION, ...document })
      // An issue the user had removed comes back with the annotations it had then.
      await annotations.restoreFromTrash(document.meta.id)
    }
    for (const annotation of plan.annotations) {
      // An id the issue already uses belongs to a different annotation (the keys differ).
      const taken = existingIds.get(annotation.issueId)?.has(annotation.id)
      await annotations.put(taken ? { ...annotation, id: randomUUID() } : annotation)
    }
    return {
      issuesAdded: plan.summary.issuesAdded,
      themesAdded: plan.summary.themesAdded,
      annotationsAdded: plan.summary.annotationsAdded,
      duplicatesSkipped: plan.summary.duplicatesSkipped,
      problems: plan.problems.map((problem) => problem.message),
    }
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))()
  }
}
