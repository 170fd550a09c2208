import { afterEach, describe, expect, it } from 'vitest'
import { createWorkerRecogniser } from '../../../../src/main/services/entities/worker-recogniser'
import type { Recogniser } from '../../../../src/main/services/entities/recogniser'
import { recogniseEntities } from '../../../../src/main/core/entities/recognise-entities'
import { getEngine } from '../../../../src/main/engines/engine-registry'
import { buildTinyTagger } from '../../../support/tiny-tagger'

const defaultEngine = getEngine()

const bootstrap = new URL('../../../support/tsx-worker.mjs', import.meta.url)
const entry = new URL('../../../../src/main/services/entities/recognise-worker.ts', import.meta.url)
  .href

let recogniser: Recogniser | null = null
afterEach(async () => {
  await recogniser?.close()
  recogniser = null
})

describe('the worker recogniser', () => {
  it('recognises off the calling thread with the same results as the core', async () => {
    recogniser = createWorkerRecogniser(bootstrap, { workerData: { entry } })
    const text = '市委书记欧阳明主持会议，市长林小雨出席。'
    const [a, b] = await Promise.all([
      recogniser.recognise(text, []),
      recogniser.recognise(text, [{ kind: 'add', text: '会议', type: 'term' }]),
    ])
    expect(a.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['欧阳明', '林小雨'])
    expect(b.some((m) => m.text === '会议' && m.source === 'user')).toBe(true)
  }, 60_000)

  it('recognises with the model it was handed, in the worker', async () => {
    const tiny = buildTinyTagger()
    const tagger = { bytes: tiny.bytes, sha256: 'tiny', model: tiny.model }
    recogniser = createWorkerRecogniser(bootstrap, { workerData: { entry } }, tagger)
    expect(recogniser.version).toContain('model-tiny')
    const text = '泓川市居民鲍雨桐说，青禾研究院帮了大忙。'
    const mentions = await recogniser.recognise(text, [])
    expect(mentions).toEqual(recogniseEntities(text, { engine: defaultEngine, tagger: tiny.model }))
    expect(mentions.find((m) => m.text === '鲍雨桐')?.source).toBe('model')
  }, 60_000)

  it('fails pending calls, not the process, when the worker dies', async () => {
    recogniser = createWorkerRecogniser(new URL('data:text/javascript,process.exit(3)'))
    await expect(recogniser.recognise('x', [])).rejects.toThrow(/stopped|exit/)
  })
})
