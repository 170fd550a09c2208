// The hosts recognise entities in a worker thread built beside them (out/main/). Run from
// source (tsx), there is no built worker: recognition then runs inline.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readBundledTagger } from '../services/entities/bundled-tagger'
import { createInlineRecogniser, type Recogniser } from '../services/entities/recogniser'
import { createWorkerRecogniser } from '../services/entities/worker-recogniser'

export const RECOGNISE_WORKER_FILE = 'recognise-worker.js'

export function createHostRecogniser(hostModuleUrl: string, resourcesDir: string): Recogniser {
  const worker = join(dirname(fileURLToPath(hostModuleUrl)), RECOGNISE_WORKER_FILE)
  const tagger = readBundledTagger(resourcesDir)
  return existsSync(worker)
    ? createWorkerRecogniser(worker, {}, tagger)
    : createInlineRecogniser(tagger)
}
