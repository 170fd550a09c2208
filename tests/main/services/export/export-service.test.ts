import { describe, expect, it } from 'vitest'
import { readGlossExport } from '../../../../src/main/core/export'
import { openServices } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()

const withoutTimes = (json: string) => {
  const exp = JSON.parse(json)
  delete exp.exportedAt
  return exp
}

describe('export and exchange through the services', () => {
  it('round-trips: export → import into an empty library → export gives the same content', async () => {
    const source = await openServices(await tempDir())
    const issueId = source.store.listIssues()[0].id
    const theme = (await source.handlers.getCodebook({})).themes[3].id
    await source.handlers.updateSettings({ author: '甲' })
    await source.handlers.createAnnotation({
      issueId,
      start: 100,
      end: 120,
      themeIds: [theme],
      memo: '备忘, "引号"\n第二行',
    })
    const [exported] = (
      await source.handlers.exportData({ format: 'json', issueIds: null, themeIds: null })
    ).files
    await source.close()

    const target = await openServices(await tempDir(), false)
    expect(target.store.listIssues()).toEqual([])
    const summary = await target.handlers.importGlossExport({ json: exported.content })
    expect(summary).toMatchObject({
      issuesAdded: 1,
      annotationsAdded: 1,
      duplicatesSkipped: 0,
      problems: [],
    })
    const [again] = (
      await target.handlers.exportData({ format: 'json', issueIds: null, themeIds: null })
    ).files
    const a = withoutTimes(exported.content)
    const b = withoutTimes(again.content)
    // The issue's import time is the target library's own.
    for (const exp of [a, b]) for (const issue of exp.issues) delete issue.importedAt
    expect(b).toEqual(a)
    expect(b.issues[0].annotations[0].author).toBe('甲')

    expect(await target.handlers.importGlossExport({ json: exported.content })).toMatchObject({
      annotationsAdded: 0,
      duplicatesSkipped: 1,
    })
    await target.close()
  })

  it('filters by theme and scope, and writes valid CSV and W3C files', async () => {
    const services = await openServices(await tempDir())
    const issueId = services.store.listIssues()[0].id
    const [t1, t2] = (await services.handlers.getCodebook({})).themes.map((t) => t.id)
    await services.handlers.createAnnotation({ issueId, start: 10, end: 20, themeIds: [t1] })
    await services.handlers.createAnnotation({ issueId, start: 30, end: 40, themeIds: [t2] })
    const [json] = (
      await services.handlers.exportData({ format: 'json', issueIds: [issueId], themeIds: [t2] })
    ).files
    const exp = readGlossExport(JSON.parse(json.content))
    expect(exp.issues[0].annotations.map((a) => a.themes[0].id)).toEqual([t2])
    const csv = (
      await services.handlers.exportData({ format: 'csv', issueIds: null, themeIds: null })
    ).files
    expect(csv.map((f) => f.name.replace(/.*-(\w+)\.csv$/, '$1'))).toEqual([
      'annotations',
      'entities',
    ])
    expect(csv[0].content.startsWith('\uFEFF')).toBe(true)
    const [w3c] = (
      await services.handlers.exportData({ format: 'w3c', issueIds: null, themeIds: null })
    ).files
    expect(JSON.parse(w3c.content).total).toBe(2)
    await services.close()
  })

  it('refuses a file that is not a Gloss export, naming the problem', async () => {
    const services = await openServices(await tempDir(), false)
    await expect(
      services.handlers.importGlossExport({ json: '{"hello": 1}' }),
    ).rejects.toMatchObject({
      code: 'file-unparsable',
      message: expect.stringMatching(/not a Gloss export/),
    })
    await services.close()
  })
})
