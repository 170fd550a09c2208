import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { LibraryStore } from '../../../../src/main/store/library-store'
import { EntityService } from '../../../../src/main/services/entities/entity-service'
import type { Recogniser } from '../../../../src/main/services/entities/recogniser'
import type { DictionaryEntry, EntityMention } from '../../../../src/shared/model'
import { makeIssueFile } from '../../../support/issue-fixtures'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()

/** Finds a fixed surface as a person, and honours 'add' entries: enough to see what is passed. */
function fakeRecogniser() {
  const calls: Array<{ text: string; dictionary: readonly DictionaryEntry[] }> = []
  const recogniser: Recogniser = {
    version: 'fake-1',
    recognise: vi.fn(async (text: string, dictionary: readonly DictionaryEntry[]) => {
      calls.push({ text, dictionary })
      const mentions: EntityMention[] = []
      const at = text.indexOf('欧阳明')
      if (at >= 0 && !dictionary.some((e) => e.kind === 'reject' && e.text === '欧阳明')) {
        mentions.push({ type: 'person', start: at, end: at + 3, text: '欧阳明', source: 'rule' })
      }
      for (const entry of dictionary) {
        const i = text.indexOf(entry.text)
        if (entry.kind === 'add' && i >= 0)
          mentions.push({
            type: entry.type,
            start: i,
            end: i + entry.text.length,
            text: entry.text,
            source: 'user',
          })
      }
      return mentions
    }),
    close: async () => undefined,
  }
  return { recogniser, calls }
}

async function setUp() {
  const dir = await tempDir()
  const store = await LibraryStore.open(dir)
  const a = makeIssueFile('城乡融合\n\n欧阳明主持会议。')
  const b = makeIssueFile('另一期\n\n林小雨出席，欧阳明讲话。')
  await store.addIssue(a)
  await store.addIssue(b)
  const fake = fakeRecogniser()
  const service = new EntityService(store, fake.recogniser, join(dir, 'entities'))
  return { dir, store, a, b, service, ...fake }
}

describe('EntityService', () => {
  it('recognises an issue once and serves it from the cache afterwards, across a restart', async () => {
    const { dir, store, a, service, calls, recogniser } = await setUp()
    const first = await service.mentionsFor(a.meta.id)
    expect(first.map((m) => m.text)).toEqual(['欧阳明'])
    expect(await service.mentionsFor(a.meta.id)).toEqual(first)
    expect(calls).toHaveLength(1)
    expect(await readdir(join(dir, 'entities'))).toEqual([`${a.meta.id}.json`])

    const restarted = new EntityService(store, recogniser, join(dir, 'entities'))
    expect(await restarted.mentionsFor(a.meta.id)).toEqual(first)
    expect(calls).toHaveLength(1)
  })

  it('recognises again after the recogniser changes (a new model), never serving stale results', async () => {
    const { dir, store, a, service, calls, recogniser } = await setUp()
    await service.mentionsFor(a.meta.id)
    const newModel: Recogniser = { ...recogniser, version: 'fake-2' }
    const restarted = new EntityService(store, newModel, join(dir, 'entities'))
    await restarted.mentionsFor(a.meta.id)
    expect(calls).toHaveLength(2)
  })

  it('re-recognises only the issues a dictionary change touches', async () => {
    const { a, b, service, calls } = await setUp()
    await service.mentionsFor(a.meta.id)
    await service.mentionsFor(b.meta.id)
    await service.addEntry({ kind: 'add', text: '林小雨', type: 'person' }, null)
    expect((await service.mentionsFor(a.meta.id)).map((m) => m.text)).toEqual(['欧阳明'])
    expect((await service.mentionsFor(b.meta.id)).map((m) => m.text).sort()).toEqual(
      ['林小雨', '欧阳明'].sort(),
    )
    expect(calls.map((c) => c.text)).toEqual([a.text, b.text, b.text])
  })

  it('applies a rejection scoped to one issue there only', async () => {
    const { a, b, service } = await setUp()
    await service.addEntry({ kind: 'reject', text: '欧阳明', type: null }, a.meta.id)
    expect(await service.mentionsFor(a.meta.id)).toEqual([])
    expect((await service.mentionsFor(b.meta.id)).map((m) => m.text)).toEqual(['欧阳明'])
  })

  it('undoes a correction when its entry is removed', async () => {
    const { a, service } = await setUp()
    const entry = await service.addEntry({ kind: 'reject', text: '欧阳明', type: 'person' }, null)
    expect(await service.mentionsFor(a.meta.id)).toEqual([])
    await service.removeEntry(entry.id)
    expect((await service.mentionsFor(a.meta.id)).map((m) => m.text)).toEqual(['欧阳明'])
  })

  it('finds every mention of a name across the library with its context', async () => {
    const { a, b, service } = await setUp()
    const found = await service.findInLibrary('欧阳明', 'person')
    expect(found.map((f) => f.issueId)).toEqual([a.meta.id, b.meta.id])
    expect(found[1]).toMatchObject({
      before: '林小雨出席，',
      after: '讲话。',
      articleTitle: '另一期',
    })
    expect(await service.findInLibrary('欧阳明', 'place')).toEqual([])
  })
})
