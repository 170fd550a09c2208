import { GlossError } from '../../../shared/errors'
import type { Codebook, Theme } from '../../../shared/model'
import { validateTheme } from './codebook-schema'
import {
  flatten,
  getTheme,
  placeIn,
  siblingLists,
  themesById,
} from '../../../shared/domain/codebook-tree'

export interface NewTheme {
  /** Chosen by the caller (a UUID for user themes) so this stays a pure function. */
  id: string
  name: { zh: string; en: string }
  /** null or omitted: a top-level theme. */
  parentId?: string | null
  /** `#rrggbb`. */
  colour: string
  description?: { zh: string; en: string }
  /** Position among its new siblings, clamped; omitted: last. */
  index?: number
}

/**
 * A new codebook with the theme added under `parentId` at `index` (display order kept).
 * @throws GlossError 'bad-arguments' for a malformed theme or a duplicate id;
 *   'not-found' when the parent does not exist.
 */
export function addTheme(codebook: Codebook, input: NewTheme): Codebook {
  const { index, ...fields } = input
  const theme = validateTheme({ ...fields, parentId: fields.parentId ?? null })
  if (codebook.themes.some((existing) => existing.id === theme.id)) {
    throw new GlossError('bad-arguments', `A theme with the id "${theme.id}" already exists.`)
  }
  if (theme.parentId !== null) getTheme(codebook, theme.parentId, 'parent theme')
  const byId: Map<string, Theme> = themesById(codebook).set(theme.id, theme)
  const lists = siblingLists(codebook.themes)
  placeIn(lists, theme.id, theme.parentId, index ?? Number.MAX_SAFE_INTEGER)
  return { themes: flatten(byId, lists) }
}
