// Worker-thread entry: recognises entities for the main thread, one request at a time.
import { parentPort } from 'node:worker_threads'
import { recogniseEntities } from '../../core/entities/recognise-entities'
import type { RecogniseReply, RecogniseRequest } from './worker-protocol'

parentPort?.on('message', (request: RecogniseRequest) => {
  let reply: RecogniseReply
  try {
    reply = {
      id: request.id,
      ok: true,
      mentions: recogniseEntities(request.text, { dictionary: request.dictionary }),
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
