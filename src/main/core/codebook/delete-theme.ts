import { GlossError } from '../../../shared/errors'
import type { Codebook } from '../../../shared/model'
import {
  flatten,
  getTheme,
  placeIn,
  siblingLists,
  themesById,
} from '../../../shared/domain/codebook-tree'
import type { RetagPlan } from './retag'

/** What happens to the deleted theme's annotations: lose the tag, or take `moveTo` instead. */
export type DeleteMode = 'untag' | { moveTo: string }

/**
 * Deletes theme `id`. Its children take its place under its parent (in its position, their
 * order kept) — nothing below it is dropped — and the returned plan says what to do with its
 * annotations; they are never deleted (apply with `retagAnnotations`).
 * @throws GlossError 'not-found' for an unknown theme or `moveTo`; 'bad-arguments' when
 *   `moveTo` is the theme being deleted.
 */
export function deleteTheme(
  codebook: Codebook,
  id: string,
  mode: DeleteMode,
): { codebook: Codebook; annotationsPlan: RetagPlan } {
  const theme = getTheme(codebook, id)
  const into = mode === 'untag' ? null : getTheme(codebook, mode.moveTo, 'replacement theme').id
  if (into === id) throw new GlossError('bad-arguments', 'A theme cannot be replaced by itself.')
  const lists = siblingLists(codebook.themes)
  const children = [...(lists.get(id) ?? [])]
  const at = (lists.get(theme.parentId) ?? []).indexOf(id)
  children.forEach((child, offset) => placeIn(lists, child, theme.parentId, at + 1 + offset))
  lists.set(
    theme.parentId,
    (lists.get(theme.parentId) ?? []).filter((other) => other !== id),
  )
  lists.delete(id)
  const byId = themesById(codebook)
  byId.delete(id)
  return { codebook: { themes: flatten(byId, lists) }, annotationsPlan: { from: id, into } }
}
