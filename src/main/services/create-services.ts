// Explicit wiring: builds the store and the handlers every host serves, and offers the bundled
// sample issue on a library's first launch.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importIssueBytes } from '../core/library/import-issue'
import { acquireDataDirLock, type DataDirLock } from '../core/store/data-dir-lock'
import { LibraryStore } from '../core/store/library-store'
import { createApiHandlers, type ApiHandlers, type HostCapabilities } from './api-handlers'
import { createDispatch, type Dispatch } from './dispatch'
import { EntityService } from './entities/entity-service'
import { createInlineRecogniser, type Recogniser } from './entities/recogniser'

export const SAMPLE_ISSUE_FILE = 'samples/hengyang-evening-news-2023-04-26.txt'

export interface ServiceOptions {
  dataDir: string
  /** The app's `resources/` folder (the bundled sample lives there). */
  resourcesDir: string
  host: HostCapabilities
  version: string
  /** Where entity recognition runs; hosts pass a worker, the default runs inline. */
  recogniser?: Recogniser
}

export interface Services {
  store: LibraryStore
  entities: EntityService
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
    const recogniser = options.recogniser ?? createInlineRecogniser()
    const entities = new EntityService(store, recogniser, join(options.dataDir, 'entities'))
    const handlers = createApiHandlers({ store, entities, host: options.host, version: options.version })
    const close = async () => {
      await recogniser.close()
      await lock.release()
    }
    return { store, entities, handlers, dispatch: createDispatch(handlers), close }
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
