import { describe, expect, it } from 'vitest'
import { AnnotationStore } from '../../../../src/main/store/annotation-store'
import { LibraryStore } from '../../../../src/main/store/library-store'
import { AnnotationService } from '../../../../src/main/services/annotations/annotation-service'
import { ChangeHistory } from '../../../../src/main/services/history'
import { makeIssueFile } from '../../../support/issue-fixtures'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const text = '要以更大力度抓实招商引资\n\n既要招引投资规模大的项目，又要招商引资。'

async function setUp() {
  const dir = await tempDir()
  const library = await LibraryStore.open(dir)
  const issue = makeIssueFile(text)
  await library.addIssue(issue)
  await library.updateSettings({ author: '研究者甲' })
  const history = new ChangeHistory()
  const reopenStore = () => new AnnotationStore(dir, library.backups)
  const store = reopenStore()
  const service = new AnnotationService(
    library,
    store,
    history,
    () => new Set(['invest', 'growth']),
  )
  return { dir, library, issueId: issue.meta.id, history, service, reopenStore }
}

describe('AnnotationService', () => {
  it('creates an annotation with its quote, context, author and times, durably', async () => {
    const { issueId, service, reopenStore } = await setUp()
    const start = text.indexOf('招商引资')
    const created = await service.create({
      issueId,
      start,
      end: start + 4,
      themeIds: ['invest', 'growth', 'invest'],
    })
    expect(created).toMatchObject({
      selector: { start, end: start + 4, exact: '招商引资', prefix: '要以更大力度抓实' },
      themeIds: ['invest', 'growth'],
      memo: '',
      author: '研究者甲',
      anchor: 'anchored',
    })
    expect(created.selector.suffix.startsWith('\n\n既要招引')).toBe(true)
    expect(await reopenStore().list(issueId)).toEqual([created])
  })

  it('refuses unknown themes and selections outside the text', async () => {
    const { issueId, service } = await setUp()
    await expect(
      service.create({ issueId, start: 0, end: 2, themeIds: ['nope'] }),
    ).rejects.toMatchObject({ code: 'bad-arguments' })
    await expect(
      service.create({ issueId, start: 0, end: 9999, themeIds: [] }),
    ).rejects.toMatchObject({ code: 'bad-arguments' })
  })

  it('undoes and redoes create, edit and delete', async () => {
    const { issueId, service, history, reopenStore } = await setUp()
    const a = await service.create({ issueId, start: 0, end: 4, themeIds: ['invest'] })
    await service.update(issueId, a.id, { themeIds: ['growth'] })
    await service.delete(issueId, a.id)
    expect(await reopenStore().list(issueId)).toEqual([])
    await history.undo()
    expect((await reopenStore().list(issueId))[0].themeIds).toEqual(['growth'])
    await history.undo()
    expect((await reopenStore().list(issueId))[0].themeIds).toEqual(['invest'])
    await history.undo()
    expect(await reopenStore().list(issueId)).toEqual([])
    await history.redo()
    await history.redo()
    expect((await reopenStore().list(issueId))[0].themeIds).toEqual(['growth'])
  })

  it('saves a memo as it is typed and undoes the whole typing in one step', async () => {
    const { issueId, service, history, reopenStore } = await setUp()
    const a = await service.create({ issueId, start: 0, end: 4, themeIds: [] })
    for (const memo of ['招', '招商', '招商引资是重点'])
      await service.update(issueId, a.id, { memo })
    expect((await reopenStore().list(issueId))[0].memo).toBe('招商引资是重点')
    await history.undo()
    expect((await reopenStore().list(issueId))[0].memo).toBe('')
    expect(history.state().undoLabel).toBe('tag passage')
  })

  it('allows overlapping and nested annotations', async () => {
    const { issueId, service } = await setUp()
    await service.create({ issueId, start: 0, end: 10, themeIds: ['invest'] })
    await service.create({ issueId, start: 4, end: 12, themeIds: ['growth'] })
    await service.create({ issueId, start: 6, end: 8, themeIds: ['invest'] })
    expect((await service.list(issueId)).map((a) => [a.selector.start, a.selector.end])).toEqual([
      [0, 10],
      [4, 12],
      [6, 8],
    ])
  })
})
