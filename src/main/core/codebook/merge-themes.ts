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
import type { RetagPlan } from './retag'

/**
 * Merges theme `fromId` into `intoId`: `from` disappears, its children move under `into`
 * (after into's own children, in their order), and the returned plan retags `from`'s
 * annotations with `into`. Merging a theme into one of its own descendants is allowed: the
 * descendant first takes `from`'s place in the tree, so no cycle can arise.
 * @throws GlossError 'not-found' for an unknown id; 'bad-arguments' when both ids are equal.
 */
export function mergeThemes(
  codebook: Codebook,
  fromId: string,
  intoId: string,
): { codebook: Codebook; retag: RetagPlan & { into: string } } {
  const from = getTheme(codebook, fromId)
  getTheme(codebook, intoId, 'target theme')
  if (fromId === intoId)
    throw new GlossError('bad-arguments', 'A theme cannot be merged into itself.')
  const lists = siblingLists(codebook.themes)
  if (descendantIds(codebook, fromId).has(intoId)) {
    const siblings = lists.get(from.parentId) ?? []
    placeIn(lists, intoId, from.parentId, siblings.indexOf(fromId))
  }
  for (const child of [...(lists.get(fromId) ?? [])]) {
    placeIn(lists, child, intoId, Number.MAX_SAFE_INTEGER)
  }
  lists.set(
    from.parentId,
    (lists.get(from.parentId) ?? []).filter((id) => id !== fromId),
  )
  lists.delete(fromId)
  const byId = themesById(codebook)
  byId.delete(fromId)
  return { codebook: { themes: flatten(byId, lists) }, retag: { from: fromId, into: intoId } }
}
