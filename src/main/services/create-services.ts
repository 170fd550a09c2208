// Explicit wiring: builds the store and the handlers every host serves, and offers the bundled
// sample issue on a library's first launch.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importIssueBytes } from '../core/library/import-issue'
import { acquireDataDirLock, type DataDirLock } from '../core/store/data-dir-lock'
import { LibraryStore } from '../core/store/library-store'
import { createApiHandlers, type ApiHandlers, type HostCapabilities } from './api-handlers'
import { createDispatch, type Dispatch } from './dispatch'

export const SAMPLE_ISSUE_FILE = 'samples/hengyang-evening-news-2023-04-26.txt'

export interface ServiceOptions {
  dataDir: string
  /** The app's `resources/` folder (the bundled sample lives there). */
  resourcesDir: string
  host: HostCapabilities
  version: string
}

export interface Services {
  store: LibraryStore
  handlers: ApiHandlers
  dispatch: Dispatch
  close(): Promise<void>
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  await mkdir(options.dataDir, { recursive: true })
  const lock: DataDirLock = await acquireDataDirLock(options.dataDir, options.host.kind)
  try {
    const store = await LibraryStore.open(options.dataDir)
    if (!store.sampleImported && !store.readOnly) await importSample(store, options.resourcesDir)
    const handlers = createApiHandlers({ store, host: options.host, version: options.version })
    return { store, handlers, dispatch: createDispatch(handlers), close: () => lock.release() }
  } catch (error) {
    await lock.release()
    throw error
  }
}

async function importSample(store: LibraryStore, resourcesDir: string): Promise<void> {
  const path = join(resourcesDir, SAMPLE_ISSUE_FILE)
  const bytes = await readFile(path).catch(() => null)
  if (bytes) {
    const outcome = await importIssueBytes(store, bytes, path, path)
    if (outcome.issueId && store.settings.lastIssueId === null) {
      await store.updateSettings({ lastIssueId: outcome.issueId })
    }
  }
  await store.markSampleImported()
}
