// Explicit wiring: builds the stores and services, and the handlers every host serves.
// Offers the bundled sample issue on a library's first launch.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { codebookFileFormat } from '../core/codebook'
import { loadDefaultCodebook } from '../store/default-codebook'
import { importIssueBytes } from './library/import-issue'
import { AnnotationStore } from '../store/annotation-store'
import { CodebookStore } from '../store/codebook-store'
import { acquireDataDirLock, type DataDirLock } from '../store/data-dir-lock'
import { guardWrites } from '../store/durable-json-file'
import { LibraryStore } from '../store/library-store'
import { StructureStore } from '../store/structure-store'
import { AnnotationService } from './annotations/annotation-service'
import { CodebookService } from './codebook/codebook-service'
import { createDispatch, type Dispatch } from './dispatch'
import { EntityService } from './entities/entity-service'
import { readBundledTagger } from './entities/bundled-tagger'
import { LearnedDeltaFile } from './entities/learned-delta-file'
import { createInlineRecogniser, type Recogniser } from './entities/recogniser'
import { ExportService } from './export/export-service'
import { createAnnotationHandlers } from './handlers/annotation-handlers'
import { createCodebookHandlers } from './handlers/codebook-handlers'
import { createEntityHandlers } from './handlers/entity-handlers'
import { createExportHandlers } from './handlers/export-handlers'
import type { ApiHandlers, HostCapabilities } from './handlers/handler-types'
import { createLibraryHandlers } from './handlers/library-handlers'
import { createStructureHandlers } from './handlers/structure-handlers'
import { ChangeHistory } from './history'
import { StructureService } from './structure/structure-service'

export const SAMPLE_ISSUE_FILE = 'samples/hengyang-evening-news-2023-04-26.txt'

export interface ServiceOptions {
  dataDir: string
  /** The app's `resources/` folder (the sample issue, the default codebook). */
  resourcesDir: string
  host: HostCapabilities
  version: string
  /** Where entity recognition runs; hosts pass a worker, the default runs inline. */
  recogniser?: Recogniser
  /** Import the bundled sample into a new library (the app hosts do; the CLI does not). */
  offerSample?: boolean
}

export interface Services {
  store: LibraryStore
  annotations: AnnotationStore
  codebook: CodebookStore
  entities: EntityService
  exports: ExportService
  structure: StructureService
  handlers: ApiHandlers
  dispatch: Dispatch
  close(): Promise<void>
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  await mkdir(options.dataDir, { recursive: true })
  const lock: DataDirLock = await acquireDataDirLock(options.dataDir, options.host.kind)
  const unguard = guardWrites(options.dataDir, () => lock.verify())
  const recogniser =
    options.recogniser ?? createInlineRecogniser(readBundledTagger(options.resourcesDir))
  try {
    const store = await LibraryStore.open(options.dataDir)
    if ((options.offerSample ?? true) && !store.sampleImported && !store.readOnly) {
      await importSample(store, options.resourcesDir)
    }
    const annotations = new AnnotationStore(options.dataDir, store.backups)
    const codebook = await CodebookStore.open(
      options.dataDir,
      codebookFileFormat,
      store.backups,
      () => loadDefaultCodebook(options.resourcesDir),
      store.readOnly,
    )
    const history = new ChangeHistory()
    const structure = new StructureService(
      store,
      new StructureStore(options.dataDir, store.backups),
      history,
    )
    const entities = new EntityService(
      store,
      recogniser,
      join(options.dataDir, 'entities'),
      structure.document,
      { file: new LearnedDeltaFile(options.dataDir), history },
    )
    await entities.loadLearned()
    const exports = new ExportService({
      library: store,
      annotations,
      entities,
      codebook,
      documents: structure.document,
      version: options.version,
    })
    const handlers: ApiHandlers = {
      ...createLibraryHandlers({
        store,
        entities,
        annotations,
        structure,
        host: options.host,
        version: options.version,
        notices: () => [...codebook.notices, ...annotations.notices, ...structure.store.notices],
      }),
      ...createEntityHandlers(entities),
      ...createCodebookHandlers(new CodebookService(store, codebook, annotations, history)),
      ...createAnnotationHandlers(
        new AnnotationService(store, annotations, history, () => codebook.themeIds()),
        history,
        { library: store, annotations, entities, structure: structure.store },
      ),
      ...createStructureHandlers(structure),
      ...createExportHandlers(exports, options.host),
    }
    const close = async () => {
      await recogniser.close()
      unguard()
      await lock.release()
    }
    return {
      store,
      annotations,
      codebook,
      entities,
      exports,
      structure,
      handlers,
      dispatch: createDispatch(handlers),
      close,
    }
  } catch (error) {
    await recogniser.close()
    unguard()
    await lock.release()
    throw error
  }
}

async function importSample(store: LibraryStore, resourcesDir: string): Promise<void> {
  const path = join(resourcesDir, SAMPLE_ISSUE_FILE)
  const bytes = await readFile(path).catch(() => null)
  if (bytes) {
    const [outcome] = await importIssueBytes(store, bytes, path, path)
    if (outcome?.issueId && store.settings.lastIssueId === null) {
      await store.updateSettings({ lastIssueId: outcome.issueId })
    }
  }
  await store.markSampleImported()
}
