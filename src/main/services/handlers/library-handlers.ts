// The implementation of every contract method over the core, shared by both hosts. A host
// only adds what it alone can do (a native file dialog) through `HostCapabilities`.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { z } from 'zod'
import type { ApiMethod } from '../../shared/api-methods'
import type { ApiResults, ImportOutcome, contract } from '../../shared/contract'
import { GlossError } from '../../shared/errors'
import { importIssueBytes } from '../core/library/import-issue'
import type { LibraryStore } from '../core/store/library-store'
import type { EntityService } from './entities/entity-service'

export type ApiHandlers = {
  [M in ApiMethod]: (args: z.output<(typeof contract)[M]>) => Promise<ApiResults[M]>
}

export interface HostCapabilities {
  kind: 'electron' | 'web'
  /** Shows a native open dialog; absent where the host has none (the browser host). */
  pickImportPaths?: (mode: 'files' | 'folder') => Promise<string[]>
}

export interface HandlerDeps {
  store: LibraryStore
  entities: EntityService
  host: HostCapabilities
  version: string
}

export function createApiHandlers({ store, entities, host, version }: HandlerDeps): ApiHandlers {
  const canReadPaths = host.pickImportPaths !== undefined
  // Recognise what was just imported, so opening it later is instant; the import's own
  // progress covers this time. A recognition failure never undoes an import.
  const warmEntities = async (outcome: ImportOutcome): Promise<ImportOutcome> => {
    if (outcome.status === 'imported' && outcome.issueId) {
      await entities.mentionsFor(outcome.issueId).catch((error: unknown) => console.error(error))
    }
    return outcome
  }
  return {
    getAppInfo: async () => ({
      version,
      host: host.kind,
      dataDir: store.dataDir,
      canPickPaths: canReadPaths,
      notices: store.notices,
      readOnly: store.readOnly,
    }),
    getSettings: async () => store.settings,
    updateSettings: async (patch) => store.updateSettings(patch),
    listIssues: async () => store.listIssues(),
    getIssue: async ({ id }) => {
      const issue = await store.readIssue(id)
      return { meta: issue.meta, text: issue.text, articles: issue.articles }
    },
    importFiles: async ({ files }) => {
      const outcomes: ImportOutcome[] = []
      for (const file of files) {
        const bytes = Buffer.from(file.data, 'base64')
        outcomes.push(await warmEntities(await importIssueBytes(store, bytes, file.name, null)))
      }
      return { outcomes }
    },
    pickImportPaths: async ({ mode }) => {
      if (!host.pickImportPaths) {
        throw new GlossError('unsupported', 'This host has no file dialog; choose files in the page instead.')
      }
      return { paths: await host.pickImportPaths(mode) }
    },
    importPaths: async ({ paths }) => {
      if (!canReadPaths) {
        throw new GlossError('unsupported', 'The browser host does not read files by path.')
      }
      const outcomes: ImportOutcome[] = []
      for (const path of paths) {
        const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => error)
        if (bytes instanceof Error) {
          const message = `${basename(path)} could not be read (${bytes.code ?? bytes.message}).`
          outcomes.push({ name: path, status: 'skipped', issueId: null, error: { code: 'file-unreadable', message } })
          continue
        }
        outcomes.push(await warmEntities(await importIssueBytes(store, bytes, path, path)))
      }
      return { outcomes }
    },
    removeIssue: async ({ id }) => {
      const removed = await store.removeIssue(id)
      if (removed) await entities.forgetIssue(id)
      return { removed }
    },
    updateIssueMeta: async ({ id, ...patch }) => store.updateIssueMeta(id, patch),
  }
}
