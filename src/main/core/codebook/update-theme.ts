import type { Codebook } from '../../../shared/model'
import { validateTheme } from './codebook-schema'
import { getTheme } from '../../../shared/domain/codebook-tree'

/** What a researcher edits in place; the position is `moveTheme`'s job. */
export interface ThemePatch {
  name?: Partial<{ zh: string; en: string }>
  /** `#rrggbb`. */
  colour?: string
  description?: Partial<{ zh: string; en: string }>
}

/**
 * A new codebook with theme `id` renamed (either language), recoloured or redescribed; fields
 * the patch leaves out keep their value.
 * @throws GlossError 'not-found' for an unknown id; 'bad-arguments' if the result is not a
 *   valid theme (bad colour, both names empty).
 */
export function updateTheme(codebook: Codebook, id: string, patch: ThemePatch): Codebook {
  const current = getTheme(codebook, id)
  const updated = validateTheme({
    ...current,
    name: { ...current.name, ...patch.name },
    colour: patch.colour ?? current.colour,
    description: { ...current.description, ...patch.description },
  })
  return { themes: codebook.themes.map((theme) => (theme.id === id ? updated : theme)) }
}
