import { describe, expect, it } from 'vitest'
import type { Services } from '../../../../src/main/services/create-services'
import { openServices } from '../../../support/services'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()

async function withSample(): Promise<{ services: Services; issueId: string; dir: string }> {
  const dir = await tempDir()
  const services = await openServices(dir)
  const issueId = services.store.listIssues()[0].id
  return { services, issueId, dir }
}

const themesOf = async (services: Services, issueId: string) =>
  (await services.handlers.listAnnotations({ issueId })).map((a) => a.themeIds)

describe('codebook changes', () => {
  it('starts from the bundled default codebook, persisted in the library', async () => {
    const { services, dir } = await withSample()
    const themes = (await services.handlers.getCodebook({})).themes
    expect(themes.length).toBeGreaterThan(30)
    expect(themes.every((t) => t.name.zh && t.name.en)).toBe(true)
    await services.close()
    const reopened = await openServices(dir)
    expect((await reopened.handlers.getCodebook({})).themes).toEqual(themes)
    await reopened.close()
  })

  it('adds, renames, nests and reorders themes, each undoable', async () => {
    const { services } = await withSample()
    const { handlers } = services
    const { themeId } = await handlers.addTheme({
      name: { zh: '新主题', en: 'New theme' },
      parentId: null,
    })
    const parent = (await handlers.getCodebook({})).themes[0].id
    await handlers.updateTheme({
      id: themeId,
      name: { zh: '改名', en: 'Renamed' },
      colour: '#123456',
    })
    await handlers.moveTheme({ id: themeId, parentId: parent, index: 0 })
    let moved = (await handlers.getCodebook({})).themes.find((t) => t.id === themeId)
    expect(moved).toMatchObject({ parentId: parent, colour: '#123456', name: { zh: '改名' } })
    await handlers.undo({})
    moved = (await handlers.getCodebook({})).themes.find((t) => t.id === themeId)
    expect(moved?.parentId).toBeNull()
    await services.close()
  })

  it('merges two themes: annotations move, and undo puts everything back', async () => {
    const { services, issueId } = await withSample()
    const { handlers } = services
    const [a, b] = (await handlers.getCodebook({})).themes
      .filter((t) => t.parentId === null)
      .map((t) => t.id)
    await handlers.createAnnotation({ issueId, start: 100, end: 110, themeIds: [a] })
    await handlers.createAnnotation({ issueId, start: 200, end: 210, themeIds: [a, b] })
    expect(await handlers.getThemeUsage({ id: a })).toEqual({ annotations: 2, issues: 1 })
    await handlers.mergeThemes({ fromId: a, intoId: b })
    expect(await themesOf(services, issueId)).toEqual([[b], [b]])
    expect((await handlers.getCodebook({})).themes.some((t) => t.id === a)).toBe(false)
    await handlers.undo({})
    expect(await themesOf(services, issueId)).toEqual([[a], [a, b]])
    expect((await handlers.getCodebook({})).themes.some((t) => t.id === a)).toBe(true)
    await services.close()
  })

  it('deletes a theme only as the user chose for its annotations, never dropping one', async () => {
    const { services, issueId } = await withSample()
    const { handlers } = services
    const [a, b] = (await handlers.getCodebook({})).themes
      .filter((t) => t.parentId === null)
      .map((t) => t.id)
    await handlers.createAnnotation({ issueId, start: 100, end: 110, themeIds: [a] })
    await handlers.deleteTheme({ id: a, annotations: { action: 'untag' } })
    expect(await themesOf(services, issueId)).toEqual([[]])
    await handlers.undo({})
    await handlers.deleteTheme({ id: a, annotations: { action: 'move', themeId: b } })
    expect(await themesOf(services, issueId)).toEqual([[b]])
    await services.close()
  })

  it('exports the codebook and merges an imported one by id', async () => {
    const { services } = await withSample()
    const { handlers } = services
    const file = await handlers.exportCodebook({})
    const doc = JSON.parse(file.content)
    doc.themes[0].name.en = 'Changed by a colleague'
    doc.themes.push({
      id: 'colleague-theme',
      name: { zh: '同事的主题', en: 'A colleague’s theme' },
      parentId: null,
      colour: '#445566',
      description: { zh: '', en: '' },
    })
    const result = await handlers.importCodebook({ json: JSON.stringify(doc) })
    expect(result.added).toBe(1)
    expect(result.codebook.themes[0].name.en).toBe('Changed by a colleague')
    await expect(
      handlers.importCodebook({ json: '{"format":"something-else"}' }),
    ).rejects.toMatchObject({ code: 'file-unparsable' })
    await services.close()
  })
})
