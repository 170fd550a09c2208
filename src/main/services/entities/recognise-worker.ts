// Worker-thread entry: recognises entities for the main thread, one request at a time.
import { parentPort, workerData } from 'node:worker_threads'
import { recogniseEntities } from '../../core/entities/recognise-entities'
import { readTaggerModel } from '../../core/entities/tagger/tagger-model'
import { getEngine } from '../../engines/engine-registry'
import type { RecogniseReply, RecogniseRequest } from './worker-protocol'

// The main thread validated these bytes before starting the worker.
const taggerBytes = (workerData as { tagger?: Uint8Array } | null)?.tagger
const tagger = taggerBytes ? readTaggerModel(taggerBytes) : null

parentPort?.on('message', (request: RecogniseRequest) => {
  let reply: RecogniseReply
  try {
    reply = {
      id: request.id,
      ok: true,
      mentions: recogniseEntities(request.text, {
        engine: getEngine(),
        dictionary: request.dictionary,
        tagger: tagger && (request.delta ? { ...tagger, delta: request.delta } : tagger),
      }),
    }
  } catch (error) {
    reply = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }
  }
  parentPort?.postMessage(reply)
})
