// An issue removed, brought back by a colleague's export, removed again and imported again:
// every annotation it ever had is still there.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const ISSUE =
  '春耕备耕有序推进\n\n本报讯 近日，岚溪县各乡镇抓住晴好天气开展春耕备耕，农机手们忙着检修机具。\n'
const file = { name: 'lanxi-2024-03-02.txt', data: Buffer.from(ISSUE).toString('base64') }

async function importIssue(services: Awaited<ReturnType<typeof openServices>>): Promise<string> {
  const { outcomes } = await services.handlers.importFiles({ files: [file] })
  expect(outcomes[0].issueId).toBeTruthy()
  return outcomes[0].issueId!
}

const memos = async (services: Awaited<ReturnType<typeof openServices>>, issueId: string) =>
  (await services.handlers.listAnnotations({ issueId })).map((a) => a.memo).sort()

describe('the trash keeps every removed generation', () => {
  it('loses no annotation through remove → merge an export → remove → import', async () => {
    const colleague = await openServices(await tempDir(), false)
    const theirIssue = await importIssue(colleague)
    await colleague.handlers.createAnnotation({
      issueId: theirIssue,
      start: 20,
      end: 30,
      themeIds: [],
      memo: '同事的',
    })
    const [exported] = (
      await colleague.handlers.exportData({ format: 'json', issueIds: null, themeIds: null })
    ).files
    await colleague.close()

    const dataDir = await tempDir()
    const mine = await openServices(dataDir, false)
    const issueId = await importIssue(mine)
    expect(issueId).toBe(theirIssue)
    await mine.handlers.createAnnotation({
      issueId,
      start: 10,
      end: 18,
      themeIds: [],
      memo: '我的',
    })

    await mine.handlers.removeIssue({ id: issueId })
    await mine.handlers.importGlossExport({ json: exported.content })
    expect(await memos(mine, issueId)).toEqual(['我的', '同事的'].sort())

    await mine.handlers.removeIssue({ id: issueId })
    await importIssue(mine)
    expect(await memos(mine, issueId)).toEqual(['我的', '同事的'].sort())
    expect(
      await readdir(join(dataDir, 'trash')).then((names) =>
        names.filter((n) => n.startsWith('annotations-')),
      ),
    ).toEqual([])
    await mine.close()
  })

  it('keeps both generations in the trash while the issue is away', async () => {
    const dataDir = await tempDir()
    const mine = await openServices(dataDir, false)
    const issueId = await importIssue(mine)
    await mine.handlers.createAnnotation({
      issueId,
      start: 10,
      end: 18,
      themeIds: [],
      memo: '第一次',
    })
    await mine.handlers.removeIssue({ id: issueId })
    await importIssue(mine)
    await mine.handlers.createAnnotation({
      issueId,
      start: 20,
      end: 28,
      themeIds: [],
      memo: '第二次',
    })
    // The second removal must not write over what the first left in the trash.
    await mine.handlers.removeIssue({ id: issueId })
    await importIssue(mine)
    expect(await memos(mine, issueId)).toEqual(['第一次', '第二次'].sort())
    await mine.close()
  })
})
