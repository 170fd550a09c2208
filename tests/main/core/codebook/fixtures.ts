import type { Codebook, Theme } from '../../../../src/shared/model'

/** A theme with placeholder texts; `t('b', 'a')` is theme b under a. */
export function t(id: string, parentId: string | null = null): Theme {
  return {
    id,
    name: { zh: `主题${id}`, en: `Theme ${id}` },
    parentId,
    colour: '#336699',
    description: { zh: '', en: '' },
  }
}

/**
 *  a          d
 *  ├ b        └ e
 *  │ └ c
 *  └ f
 */
export const sample: Codebook = {
  themes: [t('a'), t('b', 'a'), t('c', 'b'), t('f', 'a'), t('d'), t('e', 'd')],
}

/** The tree as "id<parent" in display order, for compact assertions. */
export const shape = (codebook: Codebook) =>
  codebook.themes.map((theme) => (theme.parentId ? `${theme.id}<${theme.parentId}` : theme.id))
