// Read-only views of the codebook for main and the renderer alike: a theme's breadcrumb, the
// number-key shortcuts, nesting depths, siblings, names and the search box. The codebook is in
// display order (parents before their subtree, siblings in order), so these are plain scans.
import type { Codebook, Theme } from '../model'
import { getTheme } from './codebook-tree'

/**
 * The chain from the top-level ancestor down to theme `id`, inclusive.
 * @throws GlossError 'not-found' for an unknown id.
 */
export function themePath(codebook: Codebook, id: string): Theme[] {
  const path = [getTheme(codebook, id)]
  // Bounded by the codebook's size, so even an unvalidated cycle cannot loop forever.
  for (let n = 0; path[0].parentId !== null && n < codebook.themes.length; n++) {
    path.unshift(getTheme(codebook, path[0].parentId, 'parent theme'))
  }
  return path
}

/** How many themes get a number key. */
export const SHORTCUT_COUNT = 9

/**
 * The themes on keys 1–9: element i is on key i + 1. Top-level themes only, in display
 * order — adding, removing or reordering sub-themes never changes a key, and every key sits
 * on a theme that is always visible in the panel (never inside a collapsed parent). Only
 * reordering the top level moves keys, which the researcher does on purpose.
 */
export function shortcutThemes(codebook: Codebook): Theme[] {
  return codebook.themes.filter((theme) => theme.parentId === null).slice(0, SHORTCUT_COUNT)
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase()

/**
 * The themes whose Chinese or English name or description contains every whitespace-separated
 * term of `query` — case-insensitive, full-width letters matching half-width (NFKC) — in
 * display order. Ancestors of a match are not added; use `themePath` for context. A blank
 * query returns every theme.
 */
export function filterThemes(codebook: Codebook, query: string): Theme[] {
  const terms = fold(query).split(/\s+/).filter(Boolean)
  if (terms.length === 0) return codebook.themes
  return codebook.themes.filter((theme) => {
    const haystack = fold(
      [theme.name.zh, theme.name.en, theme.description.zh, theme.description.en].join('\n'),
    )
    return terms.every((term) => haystack.includes(term))
  })
}

/** Theme id → its number key (1–9). */
export function shortcutMap(codebook: Codebook): Map<string, number> {
  return new Map(shortcutThemes(codebook).map((t, i) => [t.id, i + 1]))
}

/** Nesting depth per theme id: 0 at the top level. */
export function themeDepths(codebook: Codebook): Map<string, number> {
  const depths = new Map<string, number>()
  for (const t of codebook.themes)
    depths.set(t.id, t.parentId === null ? 0 : (depths.get(t.parentId) ?? 0) + 1)
  return depths
}

/** Ids of the theme's siblings (same parent), itself included, in order. */
export function siblingIds(codebook: Codebook, theme: Theme): string[] {
  return codebook.themes.filter((t) => t.parentId === theme.parentId).map((t) => t.id)
}

/** The theme's name in the UI language, falling back to the other one, then its id. */
export function themeName(theme: Theme, locale: 'zh' | 'en'): string {
  return (
    (locale === 'zh' ? theme.name.zh || theme.name.en : theme.name.en || theme.name.zh) || theme.id
  )
}
