import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Services } from '../../../../src/main/services/create-services'
import { articleParts } from '../../../../src/shared/article-parts'
import type { IssueDocument } from '../../../../src/shared/model'
import { openServices } from '../../../support/services'
import { NEW_TITLE, SPLIT_LINE, STRUCTURE_ISSUE } from '../../../support/structure-issue'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()

async function importInvented(services: Services): Promise<string> {
  const { outcomes } = await services.handlers.importFiles({
    files: [{ name: 'lushui.txt', data: Buffer.from(STRUCTURE_ISSUE).toString('base64') }],
  })
  return outcomes[0].issueId!
}

const titles = (doc: IssueDocument) => doc.articles.map((a) => a.title.text)
/** Where the part whose text opens with `opening` starts, in whatever parse there is. */
const partAt = (doc: IssueDocument, opening: string) =>
  doc.articles.flatMap(articleParts).find((p) => p.span.text.startsWith(opening))!.span.start

describe('structure corrections through the services', () => {
  it('apply at once, follow into the article count, survive a restart, and undo/redo', async () => {
    const dir = await tempDir()
    let services = await openServices(dir, false)
    const { handlers } = services
    const id = await importInvented(services)
    const parsed = await handlers.getIssue({ id })
    const issueFile = await readFile(join(dir, 'issues', `${id}.json`), 'utf8')

    const split = await handlers.addStructureCorrection({
      issueId: id,
      at: partAt(parsed, SPLIT_LINE),
      edit: { kind: 'split' },
    })
    expect(split).toMatchObject({ staleIds: [], articleCount: parsed.articles.length + 1 })
    await handlers.addStructureCorrection({
      issueId: id,
      at: partAt(parsed, NEW_TITLE),
      edit: { kind: 'role', role: 'title' },
    })
    const corrected = await handlers.getIssue({ id })
    expect(titles(corrected)).toContain(NEW_TITLE)
    expect(titles(corrected).some((t) => t.startsWith(SPLIT_LINE))).toBe(true)
    expect(corrected.text).toBe(parsed.text)
    expect(services.store.findIssue(id)?.articleCount).toBe(corrected.articles.length)
    expect((await handlers.listIssues({}))[0].articleCount).toBe(corrected.articles.length)

    await services.close()
    services = await openServices(dir, false)
    const reopened = await services.handlers.getIssue({ id })
    expect(titles(reopened)).toEqual(titles(corrected))
    // The canonical text and the parse as stored are never rewritten by a correction.
    const stored = JSON.parse(await readFile(join(dir, 'issues', `${id}.json`), 'utf8'))
    expect(stored.text).toBe(JSON.parse(issueFile).text)
    expect(stored.articles).toEqual(JSON.parse(issueFile).articles)

    await services.handlers.addStructureCorrection({
      issueId: id,
      at: partAt(reopened, NEW_TITLE),
      edit: { kind: 'merge' },
    })
    expect((await services.handlers.getHistory({})).undoLabel).toBe('merge articles')
    await services.handlers.undo({})
    expect(titles(await services.handlers.getIssue({ id }))).toEqual(titles(corrected))
    await services.handlers.redo({})
    expect(titles(await services.handlers.getIssue({ id }))).not.toContain(NEW_TITLE)
    await services.handlers.undo({})
    expect(services.store.findIssue(id)?.articleCount).toBe(corrected.articles.length)
    await services.close()
  })

  it('takes a correction back, and puts it back in its place on undo', async () => {
    const services = await openServices(await tempDir(), false)
    const { handlers } = services
    const id = await importInvented(services)
    const parsed = await handlers.getIssue({ id })
    const first = await handlers.addStructureCorrection({
      issueId: id,
      at: partAt(parsed, SPLIT_LINE),
      edit: { kind: 'split' },
    })
    await handlers.addStructureCorrection({
      issueId: id,
      at: partAt(parsed, SPLIT_LINE),
      edit: { kind: 'role', role: 'paragraph' },
    })
    const order = (await handlers.getStructureCorrections({ issueId: id })).corrections
    const removed = await handlers.removeStructureCorrection({
      issueId: id,
      id: first.corrections[0].id,
    })
    expect(removed.corrections.map((c) => c.id)).toEqual([order[1].id])
    await handlers.undo({})
    const back = await handlers.getStructureCorrections({ issueId: id })
    expect(back.corrections.map((c) => c.id)).toEqual(order.map((c) => c.id))
    expect(back.corrections[0]).toMatchObject({
      kind: 'split',
      quote: expect.stringMatching(/^据了解/),
    })
    await services.close()
  })

  it('refuses a change at no part, keeps none that changes nothing, and validates arguments', async () => {
    const services = await openServices(await tempDir(), false)
    const id = await importInvented(services)
    const parsed = await services.handlers.getIssue({ id })
    const inside = partAt(parsed, SPLIT_LINE) + 2
    expect(
      await services.dispatch('addStructureCorrection', {
        issueId: id,
        at: inside,
        edit: { kind: 'split' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad-arguments' } })
    expect(
      await services.dispatch('addStructureCorrection', {
        issueId: id,
        at: 0,
        edit: { kind: 'role', role: 'headline' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad-arguments' } })
    expect(
      await services.dispatch('addStructureCorrection', {
        issueId: id,
        at: parsed.articles[0].title.start,
        edit: { kind: 'merge' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad-arguments' } })
    const same = await services.handlers.addStructureCorrection({
      issueId: id,
      at: parsed.articles[0].title.start,
      edit: { kind: 'role', role: 'title' },
    })
    expect(same.corrections).toEqual([])
    expect((await services.handlers.getHistory({})).canUndo).toBe(false)
    await services.close()
  })

  it('lists corrections the parse no longer fits, and exports the corrected titles', async () => {
    const dir = await tempDir()
    const services = await openServices(dir, false)
    const { handlers } = services
    const id = await importInvented(services)
    const parsed = await handlers.getIssue({ id })
    await handlers.addStructureCorrection({
      issueId: id,
      at: partAt(parsed, SPLIT_LINE),
      edit: { kind: 'split' },
    })
    const theme = (await handlers.getCodebook({})).themes[0].id
    const at = parsed.text.indexOf(SPLIT_LINE)
    await handlers.createAnnotation({ issueId: id, start: at, end: at + 4, themeIds: [theme] })

    const [json] = (await handlers.exportData({ format: 'json', issueIds: [id], themeIds: null }))
      .files
    const exported = JSON.parse(json.content)
    const titlesOut = exported.issues[0].articles.map(
      (a: { title: { text: string } }) => a.title.text,
    )
    expect(titlesOut.some((t: string) => t.startsWith(SPLIT_LINE))).toBe(true)
    const [csv] = (await handlers.exportData({ format: 'csv', issueIds: [id], themeIds: null }))
      .files
    const [header, row] = csv.content.replace(/^\uFEFF/, '').split('\r\n')
    const column = header.split(',').indexOf('article_title')
    expect(row.split(',')[column]).toBe(parsed.text.slice(at, parsed.text.indexOf('\n', at)))

    // A re-parse that no longer has a part there: the correction is listed, not dropped.
    const path = join(dir, 'issues', `${id}.json`)
    const file = JSON.parse(await readFile(path, 'utf8'))
    const article = file.articles[0]
    const paragraphs = article.paragraphs as Array<{ start: number; end: number; text: string }>
    const joined = { start: paragraphs[0].start, end: paragraphs.at(-1)!.end }
    article.paragraphs = [{ ...joined, text: file.text.slice(joined.start, joined.end) }]
    const { DurableJsonFile } = await import('../../../../src/main/store/durable-json-file')
    await new DurableJsonFile(path).write(file)
    const state = await handlers.getStructureCorrections({ issueId: id })
    expect(state.staleIds).toEqual([state.corrections[0].id])
    await services.close()
  })
})
