import { GlossError } from '../../../shared/errors'
import type { Codebook } from '../../../shared/model'
import {
  descendantIds,
  flatten,
  getTheme,
  placeIn,
  siblingLists,
  themesById,
} from '../../../shared/domain/codebook-tree'

export interface ThemePlacement {
  /** The new parent; null for the top level. */
  parentId: string | null
  /** Position among the new siblings (not counting the moved theme), clamped to the ends. */
  index: number
}

/**
 * A new codebook with theme `id` (and its whole subtree) moved under `parentId` at `index`:
 * nest, un-nest or reorder.
 * @throws GlossError 'not-found' for an unknown theme or parent; 'bad-arguments' when the
 *   move would put a theme under itself or one of its descendants.
 */
export function moveTheme(codebook: Codebook, id: string, to: ThemePlacement): Codebook {
  const theme = getTheme(codebook, id)
  if (to.parentId !== null) {
    const parent = getTheme(codebook, to.parentId, 'parent theme')
    if (parent.id === id || descendantIds(codebook, id).has(parent.id)) {
      throw new GlossError(
        'bad-arguments',
        `"${theme.name.zh || theme.name.en}" cannot be moved under itself or one of its own sub-themes.`,
      )
    }
  }
  const lists = siblingLists(codebook.themes)
  placeIn(lists, id, to.parentId, to.index)
  return { themes: flatten(themesById(codebook), lists) }
}
