import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices, projectRoot } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const samplePath = join(projectRoot, 'resources/samples/hengyang-evening-news-2023-04-26.txt')

describe('replacing an issue with a corrected file', () => {
  it('moves the annotations to the new text, re-anchored, and keeps the unplaceable as orphans', async () => {
    const services = await openServices(await tempDir())
    const { handlers } = services
    const old = services.store.listIssues()[0]
    const { text } = await handlers.getIssue({ id: old.id })
    const theme = (await handlers.getCodebook({})).themes[0].id
    const quote = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })
    await handlers.updateIssueMeta({ id: old.id, paper: '衡阳晚报（修订）' })
    const kept = await handlers.createAnnotation({
      issueId: old.id,
      ...quote('要以更大力度抓实招商引资'),
      themeIds: [theme],
    })
    const lost = await handlers.createAnnotation({
      issueId: old.id,
      ...quote('市政府秘书长廖义智参加学习'),
      themeIds: [theme],
      memo: '注意',
    })

    // The corrected file: a typo fixed near the top, and one sentence gone.
    const corrected = (await readFile(samplePath, 'utf8'))
      .replace('开局良好', '开局很好')
      .replace('市政府秘书长廖义智参加学习。', '')
    const result = await handlers.replaceIssueText({
      id: old.id,
      file: { name: 'hengyang-corrected.txt', data: Buffer.from(corrected).toString('base64') },
    })
    expect(result).toMatchObject({ anchored: 1, orphans: 1 })
    expect(result.issue.id).not.toBe(old.id)
    expect(result.issue.paper).toBe('衡阳晚报（修订）')
    expect(services.store.listIssues().map((m) => m.id)).toEqual([result.issue.id])

    const moved = await handlers.listAnnotations({ issueId: result.issue.id })
    const newText = (await handlers.getIssue({ id: result.issue.id })).text
    const placed = moved.find((a) => a.id === kept.id)!
    expect(placed.anchor).toBe('anchored')
    expect(newText.slice(placed.selector.start, placed.selector.end)).toBe(
      '要以更大力度抓实招商引资',
    )
    const orphan = moved.find((a) => a.id === lost.id)!
    expect(orphan).toMatchObject({
      anchor: 'orphan',
      memo: '注意',
      selector: { exact: '市政府秘书长廖义智参加学习' },
    })

    // The researcher places the orphan by hand.
    const at = newText.indexOf('朱健强调')
    const reanchored = await handlers.reanchorAnnotation({
      issueId: result.issue.id,
      id: orphan.id,
      start: at,
      end: at + 4,
    })
    expect(reanchored).toMatchObject({ anchor: 'anchored', selector: { exact: '朱健强调' } })
    await services.close()
  })

  it('refuses a file Gloss does not read, changing nothing', async () => {
    const services = await openServices(await tempDir())
    const old = services.store.listIssues()[0]
    await expect(
      services.handlers.replaceIssueText({
        id: old.id,
        file: { name: 'scan.pdf', data: Buffer.from('%PDF-1.4\u0000').toString('base64') },
      }),
    ).rejects.toMatchObject({ code: 'file-unsupported' })
    expect(services.store.listIssues().map((m) => m.id)).toEqual([old.id])
    await services.close()
  })
})
