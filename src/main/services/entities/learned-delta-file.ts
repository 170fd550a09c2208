// The library's learned recognition: `learned-recognition.json` in its data folder, the
// sparse weight delta over the shipped model and the hash of the model it was learned on
// (a delta read against another model would mean nothing, so it is then ignored).
import { join } from 'node:path'
import { DurableJsonFile, readJsonFile } from '../../store/durable-json-file'
import {
  isEmptyDelta,
  restoreDelta,
  storeDelta,
  type StoredWeightDelta,
  type WeightDelta,
} from '../../core/entities/tagger/weight-delta'

export const LEARNED_FILE = 'learned-recognition.json'

interface LearnedFile {
  format: 1
  modelSha256: string
  delta: StoredWeightDelta
}

export class LearnedDeltaFile {
  private readonly file: DurableJsonFile<LearnedFile | null>

  constructor(dataDir: string) {
    this.file = new DurableJsonFile(join(dataDir, LEARNED_FILE))
  }

  async read(modelSha256: string, tags: number): Promise<WeightDelta | null> {
    const stored = (await readJsonFile(this.file.path).catch(() => null)) as LearnedFile | null
    if (!stored || stored.format !== 1 || stored.modelSha256 !== modelSha256) return null
    return restoreDelta(stored.delta, tags)
  }

  async write(modelSha256: string, delta: WeightDelta | null): Promise<void> {
    const tags = delta?.tags ?? 0
    const empty: StoredWeightDelta = { tags, buckets: [], weights: [] }
    await this.file.write({
      format: 1,
      modelSha256,
      delta: delta && !isEmptyDelta(delta) ? storeDelta(delta) : empty,
    })
  }
}
