// Runs recognition in one long-lived worker thread (the engine's dictionary loads once).
// A worker that dies fails its pending requests and is replaced on the next call.
import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { DictionaryEntry, EntityMention } from '../../../shared/model'
import type { WeightDelta } from '../../core/entities/tagger/weight-delta'
import { recogniserVersion, type BundledTagger } from './bundled-tagger'
import type { Recogniser } from './recogniser'
import type { RecogniseReply, RecogniseRequest } from './worker-protocol'

interface Pending {
  resolve: (mentions: EntityMention[]) => void
  reject: (error: Error) => void
}

/** `tagger`'s bytes go to the worker once, in its `workerData`; it reads the model there. */
export function createWorkerRecogniser(
  entry: string | URL,
  options: WorkerOptions = {},
  tagger: BundledTagger | null = null,
): Recogniser {
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
    worker = null
  }

  const ensureWorker = (): Worker => {
    if (worker) return worker
    const workerData = tagger
      ? { ...(options.workerData as object | undefined), tagger: tagger.bytes }
      : options.workerData
    const started = new Worker(entry, { ...options, workerData })
    started.on('message', (reply: RecogniseReply) => {
      const waiting = pending.get(reply.id)
      if (!waiting) return
      pending.delete(reply.id)
      if (reply.ok) waiting.resolve(reply.mentions)
      else waiting.reject(new Error(`Entity recognition failed: ${reply.message}`))
    })
    started.on('error', (error) => failAll(error))
    started.on('exit', (code) => {
      if (worker === started)
        failAll(new Error(`The recognition worker stopped (exit code ${code}).`))
    })
    // An idle worker must not keep the process alive.
    started.unref()
    worker = started
    return started
  }

  return {
    version: recogniserVersion(tagger),
    tagger,
    recognise(
      text: string,
      dictionary: readonly DictionaryEntry[],
      delta: WeightDelta | null = null,
    ): Promise<EntityMention[]> {
      return new Promise((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve, reject })
        const request: RecogniseRequest = { id, text, dictionary: [...dictionary], delta }
        ensureWorker().postMessage(request)
      })
    },
    async close(): Promise<void> {
      const current = worker
      worker = null
      failAll(new Error('The recogniser was closed.'))
      await current?.terminate()
    },
  }
}
