import { afterEach, describe, expect, it } from 'vitest'
import { createWorkerRecogniser } from '../../../../src/main/services/entities/worker-recogniser'
import type { Recogniser } from '../../../../src/main/services/entities/recogniser'

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
    expect(b.some((m) => m.text === '会议' && m.source === 'dictionary')).toBe(true)
  }, 60_000)

  it('fails pending calls, not the process, when the worker dies', async () => {
    recogniser = createWorkerRecogniser(new URL('data:text/javascript,process.exit(3)'))
    await expect(recogniser.recognise('x', [])).rejects.toThrow(/stopped|exit/)
  })
})
