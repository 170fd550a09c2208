import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../../src/main/store/library-store'
import { EntityService } from '../../../../src/main/services/entities/entity-service'
import {
  LEARNED_FILE,
  LearnedDeltaFile,
} from '../../../../src/main/services/entities/learned-delta-file'
import { createInlineRecogniser } from '../../../../src/main/services/entities/recogniser'
import { ChangeHistory } from '../../../../src/main/services/history'
import { GlossError } from '../../../../src/shared/errors'
import { makeIssueFile } from '../../../support/issue-fixtures'
import { useTempDirs } from '../../../support/temp-dir'
import { buildTinyTagger, type TinyTagger } from '../../../support/tiny-tagger'

const tempDir = useTempDirs()
let tiny: TinyTagger
beforeAll(() => {
  tiny = buildTinyTagger()
}, 60_000)

// The tiny model reads this invented name only in part until it learns it.
const NAME = '聂望舒'

async function setUp(dir?: string) {
  const dataDir = dir ?? (await tempDir())
  const store = await LibraryStore.open(dataDir)
  const a = makeIssueFile('标题\n\n老园丁聂望舒种了一棵树。')
  const b = makeIssueFile('另一期\n\n聂望舒今天去了学校。')
  if (!dir) {
    await store.addIssue(a)
    await store.addIssue(b)
  }
  const history = new ChangeHistory()
  const tagger = { bytes: tiny.bytes, sha256: 'tiny-model', model: tiny.model }
  const service = new EntityService(
    store,
    createInlineRecogniser(tagger),
    join(dataDir, 'entities'),
    undefined,
    { file: new LearnedDeltaFile(dataDir), history },
  )
  await service.loadLearned()
  return { dataDir, store, a, b, service, history }
}

const hasName = (mentions: Array<{ text: string; type: string }>) =>
  mentions.some((m) => m.text === NAME && m.type === 'person')

describe('learned recognition in the library', () => {
  it('previews, applies, survives a restart and is undone', async () => {
    const { dataDir, a, b, service, history } = await setUp()
    // Marked in the first issue only: the second has no correction of its own.
    await service.addEntry({ kind: 'add', text: NAME, type: 'person' }, a.meta.id)
    expect(hasName(await service.mentionsFor(b.meta.id))).toBe(false)

    const preview = await service.previewLearned(a.meta.id)
    expect(preview.sentences).toBe(1)
    expect(preview.issue).toEqual({ appeared: [], disappeared: [] })
    expect(preview.library).toMatchObject({ issuesChecked: 2, issuesTotal: 2 })
    expect(preview.library.appeared).toBeGreaterThanOrEqual(1)
    expect(hasName(await service.mentionsFor(b.meta.id))).toBe(false)

    await service.applyLearned(preview.previewId)
    expect(hasName(await service.mentionsFor(b.meta.id))).toBe(true)
    await access(join(dataDir, LEARNED_FILE))

    const restarted = await setUp(dataDir)
    expect(hasName(await restarted.service.mentionsFor(b.meta.id))).toBe(true)

    await history.undo()
    expect(hasName(await service.mentionsFor(b.meta.id))).toBe(false)
    await history.redo()
    expect(hasName(await service.mentionsFor(b.meta.id))).toBe(true)
  })

  it('refuses a preview made before the corrections changed', async () => {
    const { a, service } = await setUp()
    await service.addEntry({ kind: 'add', text: NAME, type: 'person' }, a.meta.id)
    const preview = await service.previewLearned(a.meta.id)
    await service.addEntry({ kind: 'reject', text: '一棵树', type: null }, null)
    await expect(service.applyLearned(preview.previewId)).rejects.toThrow(/preview again/)
  })

  it('ignores a learned file made for another model', async () => {
    const { dataDir, a, b, service } = await setUp()
    await service.addEntry({ kind: 'add', text: NAME, type: 'person' }, a.meta.id)
    await service.applyLearned((await service.previewLearned(a.meta.id)).previewId)
    const file = new LearnedDeltaFile(dataDir)
    expect(await file.read('another-model', tiny.model.scheme.size)).toBeNull()
    expect(await file.read('tiny-model', tiny.model.scheme.size)).not.toBeNull()
    expect(hasName(await service.mentionsFor(b.meta.id))).toBe(true)
  })

  it('says so when there is no trained model to improve', async () => {
    const dataDir = await tempDir()
    const store = await LibraryStore.open(dataDir)
    const a = makeIssueFile('标题\n\n老园丁聂望舒种了一棵树。')
    await store.addIssue(a)
    const service = new EntityService(
      store,
      createInlineRecogniser(null),
      join(dataDir, 'e'),
      undefined,
      {
        file: new LearnedDeltaFile(dataDir),
        history: new ChangeHistory(),
      },
    )
    const failure = await service.previewLearned(a.meta.id).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(GlossError)
    expect((failure as GlossError).code).toBe('unsupported')
  })
})
