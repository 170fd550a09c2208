// The library's methods: app info, settings, issues and importing them. A host only adds what
// it alone can do (a native file dialog) through `HostCapabilities`.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ImportOutcome } from '../../../shared/contract'
import { GlossError } from '../../../shared/errors'
import { importIssueBytes } from '../library/import-issue'
import type { AnnotationStore } from '../../store/annotation-store'
import type { LibraryStore } from '../../store/library-store'
import type { EntityService } from '../entities/entity-service'
import { removeIssueWithItsData } from '../library/remove-issue'
import type { StructureService } from '../structure/structure-service'
import type { DomainHandlers, HostCapabilities } from './handler-types'

export interface LibraryHandlerDeps {
  store: LibraryStore
  entities: EntityService
  annotations: AnnotationStore
  /** Reads issues with the user's structure corrections applied. */
  structure: StructureService
  host: HostCapabilities
  version: string
  /** Notices from other stores (recovered annotation files…), shown with the library's. */
  notices: () => string[]
}

export function createLibraryHandlers({
  store,
  entities,
  annotations,
  structure,
  host,
  version,
  notices,
}: LibraryHandlerDeps): DomainHandlers<'library'> {
  // After an import: bring back the annotations and structure corrections the issue had before
  // it was removed, and recognise its entities so opening it is instant (the import's progress covers this time;
  // a recognition failure never undoes an import).
  const afterImport = async (outcome: ImportOutcome): Promise<ImportOutcome> => {
    if (outcome.status === 'imported' && outcome.issueId) {
      await annotations.restoreFromTrash(outcome.issueId)
      await structure.restoreFromTrash(outcome.issueId)
      await entities.mentionsFor(outcome.issueId).catch((error: unknown) => console.error(error))
    }
    return outcome
  }
  return {
    getAppInfo: async () => ({
      version,
      host: host.kind === 'electron' ? 'electron' : 'web',
      dataDir: store.dataDir,
      canPickPaths: host.pickImportPaths !== undefined,
      notices: [...store.notices, ...notices()],
      readOnly: store.readOnly,
    }),
    getSettings: async () => store.settings,
    updateSettings: async (patch) => store.updateSettings(patch),
    listIssues: async () => store.listIssues(),
    getIssue: async ({ id }) => structure.document(id),
    importFiles: async ({ files }) => {
      const outcomes: ImportOutcome[] = []
      for (const file of files) {
        const bytes = Buffer.from(file.data, 'base64')
        for (const outcome of await importIssueBytes(store, bytes, file.name, null)) {
          outcomes.push(await afterImport(outcome))
        }
      }
      return { outcomes }
    },
    pickImportPaths: async ({ mode }) => {
      if (!host.pickImportPaths) {
        throw new GlossError(
          'unsupported',
          'This host has no file dialog; choose files in the page instead.',
        )
      }
      return { paths: await host.pickImportPaths(mode) }
    },
    importPaths: async ({ paths }) => {
      if (!host.readsPaths) {
        throw new GlossError('unsupported', 'The browser host does not read files by path.')
      }
      const outcomes: ImportOutcome[] = []
      for (const path of paths) {
        const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => error)
        if (bytes instanceof Error) {
          const message = `${basename(path)} could not be read (${bytes.code ?? bytes.message}).`
          outcomes.push({
            name: path,
            status: 'skipped',
            issueId: null,
            error: { code: 'file-unreadable', message },
          })
          continue
        }
        for (const outcome of await importIssueBytes(store, bytes, path, path)) {
          outcomes.push(await afterImport(outcome))
        }
      }
      return { outcomes }
    },
    removeIssue: async ({ id }) => ({
      removed: await removeIssueWithItsData(
        { library: store, annotations, entities, structure: structure.store },
        id,
      ),
    }),
    updateIssueMeta: async ({ id, ...patch }) => store.updateIssueMeta(id, patch),
  }
}
