import { describe, expect, it } from 'vitest'
import { applyRetag, retagAnnotations } from '../../../src/main/core/codebook/retag'
import {
  filterThemes,
  shortcutMap,
  shortcutThemes,
  siblingIds,
  themeDepths,
  themeName,
  themePath,
} from '../../../src/shared/domain/theme-queries'
import { GlossError } from '../../../src/shared/errors'
import type { Annotation, Codebook } from '../../../src/shared/model'
import { sample, t } from '../../main/core/codebook/fixtures'

describe('themePath', () => {
  it.each([
    ['a', ['a']],
    ['b', ['a', 'b']],
    ['c', ['a', 'b', 'c']],
    ['e', ['d', 'e']],
  ])('runs from the root to %s', (id, expected) => {
    expect(themePath(sample, id).map((theme) => theme.id)).toEqual(expected)
  })

  it('refuses an unknown id', () => {
    expect(() => themePath(sample, 'zz')).toThrow(GlossError)
  })
})

describe('shortcutThemes', () => {
  it('puts keys 1–9 on the first nine top-level themes, in display order', () => {
    const many: Codebook = {
      themes: Array.from({ length: 12 }, (_, i) => [t(`p${i}`), t(`p${i}-child`, `p${i}`)]).flat(),
    }
    expect(shortcutThemes(many).map((theme) => theme.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `p${i}`),
    )
    expect(shortcutThemes(sample).map((theme) => theme.id)).toEqual(['a', 'd'])
  })
})

describe('filterThemes', () => {
  const codebook: Codebook = {
    themes: [
      { ...t('biz'), name: { zh: '营商环境', en: 'Business environment' } },
      {
        ...t('hotline', 'biz'),
        name: { zh: '12345热线', en: 'Citizen Hotline' },
        description: { zh: '热线问政', en: 'Televised questioning of officials' },
      },
      { ...t('party'), name: { zh: '党建', en: 'Party building' } },
    ],
  }
  const ids = (query: string) => filterThemes(codebook, query).map((theme) => theme.id)

  it.each([
    ['营商', ['biz']],
    ['HOTLINE', ['hotline']],
    ['ｈｏｔｌｉｎｅ', ['hotline']],
    ['问政', ['hotline']],
    ['officials', ['hotline']],
    ['building party', ['party']],
    ['party hotline', []],
    ['   ', ['biz', 'hotline', 'party']],
    ['nothing', []],
  ])('%j matches %j', (query, expected) => {
    expect(ids(query)).toEqual(expected)
  })
})

describe('applyRetag', () => {
  it.each([
    [['a', 'b'], { from: 'a', into: 'c' }, ['c', 'b']],
    [['a', 'b'], { from: 'a', into: 'b' }, ['b']],
    [['b', 'a'], { from: 'a', into: 'b' }, ['b']],
    [['a', 'b'], { from: 'a', into: null }, ['b']],
    [['a'], { from: 'a', into: null }, []],
    [['x', 'b'], { from: 'a', into: 'c' }, ['x', 'b']],
  ])('%j with %j gives %j', (themeIds, plan, expected) => {
    expect(applyRetag(themeIds, plan)).toEqual(expected)
  })

  it('retags annotations, stamps only the changed ones and keeps them all', () => {
    const base = {
      issueId: 'i',
      memo: '',
      author: 'r',
      createdAt: 'c',
      updatedAt: 'old',
      anchor: 'anchored' as const,
    }
    const selector = { start: 0, end: 1, exact: 'x', prefix: '', suffix: '' }
    const annotations: Annotation[] = [
      { ...base, id: '1', selector, themeIds: ['a'] },
      { ...base, id: '2', selector, themeIds: ['b'] },
    ]
    const result = retagAnnotations(annotations, { from: 'a', into: null }, 'now')
    expect(result.changed).toEqual(['1'])
    expect(result.annotations).toEqual([
      { ...annotations[0], themeIds: [], updatedAt: 'now' },
      annotations[1],
    ])
  })
})

describe('the panel views', () => {
  const tree: Codebook = {
    themes: [t('a', null), t('b', 'a'), t('c', 'b'), t('d', null), t('e', 'a')],
  } as Codebook

  it('gives each theme its nesting depth and number key', () => {
    expect([...themeDepths(tree)]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 0],
      ['e', 1],
    ])
    expect([...shortcutMap(tree)]).toEqual([
      ['a', 1],
      ['d', 2],
    ])
  })

  it('lists a theme’s siblings in order, itself included', () => {
    expect(siblingIds(tree, tree.themes[1])).toEqual(['b', 'e'])
  })

  it('names a theme in the UI language, falling back to the other, then to its id', () => {
    const named = { ...tree.themes[0], name: { zh: '经济', en: '' } }
    expect(themeName(named, 'en')).toBe('经济')
    expect(themeName({ ...named, name: { zh: '', en: '' } }, 'zh')).toBe('a')
  })
})
