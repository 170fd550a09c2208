import { describe, expect, it } from 'vitest'
import { addTheme } from '../../../../src/main/core/codebook/add-theme'
import { deleteTheme } from '../../../../src/main/core/codebook/delete-theme'
import { mergeThemes } from '../../../../src/main/core/codebook/merge-themes'
import { moveTheme } from '../../../../src/main/core/codebook/move-theme'
import { updateTheme } from '../../../../src/main/core/codebook/update-theme'
import { GlossError } from '../../../../src/shared/errors'
import { sample, shape, t } from './fixtures'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return error instanceof GlossError ? error.code : 'not a GlossError'
  }
  return undefined
}

describe('addTheme', () => {
  it.each([
    [{ ...t('x') }, ['a', 'b<a', 'c<b', 'f<a', 'd', 'e<d', 'x']],
    [{ ...t('x', 'a'), index: 0 }, ['a', 'x<a', 'b<a', 'c<b', 'f<a', 'd', 'e<d']],
    [{ ...t('x', 'b') }, ['a', 'b<a', 'c<b', 'x<b', 'f<a', 'd', 'e<d']],
    [{ ...t('x'), index: 1 }, ['a', 'b<a', 'c<b', 'f<a', 'x', 'd', 'e<d']],
    [{ ...t('x'), index: 99 }, ['a', 'b<a', 'c<b', 'f<a', 'd', 'e<d', 'x']],
  ])('adds %o in display order', (input, expected) => {
    expect(shape(addTheme(sample, input))).toEqual(expected)
    expect(shape(sample)).toEqual(['a', 'b<a', 'c<b', 'f<a', 'd', 'e<d'])
  })

  it('normalises the colour and fills a missing description', () => {
    const { description: _, ...bare } = t('x')
    const added = addTheme(sample, { ...bare, colour: '#AABBCC' }).themes.at(-1)
    expect(added).toMatchObject({ colour: '#aabbcc', description: { zh: '', en: '' } })
  })

  it.each([
    ['a duplicate id', t('a'), 'bad-arguments'],
    ['a bad colour', { ...t('x'), colour: 'red' }, 'bad-arguments'],
    ['no name at all', { ...t('x'), name: { zh: ' ', en: '' } }, 'bad-arguments'],
    ['an empty id', t(''), 'bad-arguments'],
    ['an unknown parent', t('x', 'nope'), 'not-found'],
  ])('refuses %s', (_, input, code) => {
    expect(codeOf(() => addTheme(sample, input))).toBe(code)
  })
})

describe('updateTheme', () => {
  it('renames one language, recolours and describes, leaving the rest', () => {
    const updated = updateTheme(sample, 'b', {
      name: { en: 'Investment attraction' },
      colour: '#112233',
      description: { zh: '招商引资' },
    })
    expect(updated.themes[1]).toEqual({
      ...t('b', 'a'),
      name: { zh: '主题b', en: 'Investment attraction' },
      colour: '#112233',
      description: { zh: '招商引资', en: '' },
    })
    expect(updated.themes.filter((theme) => theme.id !== 'b')).toEqual(
      sample.themes.filter((theme) => theme.id !== 'b'),
    )
  })

  it.each([
    ['an unknown theme', 'zz', {}, 'not-found'],
    ['a bad colour', 'b', { colour: '#12345' }, 'bad-arguments'],
    ['erasing both names', 'b', { name: { zh: '', en: '' } }, 'bad-arguments'],
  ])('refuses %s', (_, id, patch, code) => {
    expect(codeOf(() => updateTheme(sample, id, patch))).toBe(code)
  })
})

describe('moveTheme', () => {
  it.each([
    ['reorders siblings', 'f', { parentId: 'a', index: 0 }, ['a', 'f<a', 'b<a', 'c<b', 'd', 'e<d']],
    ['nests a subtree', 'b', { parentId: 'd', index: 0 }, ['a', 'f<a', 'd', 'b<d', 'c<b', 'e<d']],
    [
      'un-nests to the top level',
      'c',
      { parentId: null, index: 1 },
      ['a', 'b<a', 'f<a', 'c', 'd', 'e<d'],
    ],
    [
      'reorders the top level',
      'd',
      { parentId: null, index: 0 },
      ['d', 'e<d', 'a', 'b<a', 'c<b', 'f<a'],
    ],
    ['clamps the index', 'e', { parentId: 'a', index: 42 }, ['a', 'b<a', 'c<b', 'f<a', 'e<a', 'd']],
    [
      'keeps a theme in place',
      'b',
      { parentId: 'a', index: 0 },
      ['a', 'b<a', 'c<b', 'f<a', 'd', 'e<d'],
    ],
  ])('%s', (_, id, to, expected) => {
    expect(shape(moveTheme(sample, id, to))).toEqual(expected)
  })

  it.each([
    ['under itself', 'a', 'a', 'bad-arguments'],
    ['under its child', 'a', 'b', 'bad-arguments'],
    ['under its grandchild', 'a', 'c', 'bad-arguments'],
    ['under an unknown parent', 'a', 'zz', 'not-found'],
  ])('refuses a move %s', (_, id, parentId, code) => {
    expect(codeOf(() => moveTheme(sample, id, { parentId, index: 0 }))).toBe(code)
  })
})

describe('mergeThemes', () => {
  it.each([
    ['a leaf into another', 'f', 'e', ['a', 'b<a', 'c<b', 'd', 'e<d']],
    ['a parent: its children follow', 'b', 'd', ['a', 'f<a', 'd', 'e<d', 'c<d']],
    ['a theme into its child', 'a', 'b', ['b', 'c<b', 'f<b', 'd', 'e<d']],
    ['a theme into its grandchild', 'a', 'c', ['c', 'b<c', 'f<c', 'd', 'e<d']],
    ['a child into its parent', 'b', 'a', ['a', 'f<a', 'c<a', 'd', 'e<d']],
  ])('merges %s', (_, from, into, expected) => {
    const result = mergeThemes(sample, from, into)
    expect(shape(result.codebook)).toEqual(expected)
    expect(result.retag).toEqual({ from, into })
  })

  it.each([
    ['into itself', 'a', 'a', 'bad-arguments'],
    ['from an unknown theme', 'zz', 'a', 'not-found'],
    ['into an unknown theme', 'a', 'zz', 'not-found'],
  ])('refuses a merge %s', (_, from, into, code) => {
    expect(codeOf(() => mergeThemes(sample, from, into))).toBe(code)
  })
})

describe('deleteTheme', () => {
  it.each([
    ['a leaf, untagging', 'f', 'untag' as const, ['a', 'b<a', 'c<b', 'd', 'e<d'], null],
    [
      'a parent: children move up in its place',
      'b',
      'untag' as const,
      ['a', 'c<a', 'f<a', 'd', 'e<d'],
      null,
    ],
    ['a top-level parent', 'a', { moveTo: 'e' }, ['b', 'c<b', 'f', 'd', 'e<d'], 'e'],
    [
      'a parent, moving its tags to its child',
      'd',
      { moveTo: 'e' },
      ['a', 'b<a', 'c<b', 'f<a', 'e'],
      'e',
    ],
  ])('deletes %s', (_, id, mode, expected, into) => {
    const result = deleteTheme(sample, id, mode)
    expect(shape(result.codebook)).toEqual(expected)
    expect(result.annotationsPlan).toEqual({ from: id, into })
  })

  it.each([
    ['an unknown theme', 'zz', 'untag' as const, 'not-found'],
    ['with an unknown replacement', 'a', { moveTo: 'zz' }, 'not-found'],
    ['replacing a theme by itself', 'a', { moveTo: 'a' }, 'bad-arguments'],
  ])('refuses deleting %s', (_, id, mode, code) => {
    expect(codeOf(() => deleteTheme(sample, id, mode))).toBe(code)
  })
})
