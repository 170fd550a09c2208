// Worker bootstrap for tests: lets a worker thread run a TypeScript entry through tsx, as the
// built app runs the bundled one.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
