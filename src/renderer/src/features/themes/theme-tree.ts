// Read-only views of the codebook for the panel. The codebook arrives in display order
// (parents before their subtree, siblings in order — see model.ts), so these are plain scans.
import type { Codebook, Theme } from '../../../../shared/model'

/** How many themes get a number key (core's SHORTCUT_COUNT). */
export const SHORTCUT_COUNT = 9

/**
 * The themes on keys 1–9 (element i on key i + 1): the first nine TOP-LEVEL themes in display
 * order, as core's `shortcutThemes` — sub-theme edits never move a key.
 */
export function shortcutThemes(codebook: Codebook): Theme[] {
  return codebook.themes.filter((t) => t.parentId === null).slice(0, SHORTCUT_COUNT)
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

/** Ids of every theme below `id`. */
export function descendantIds(codebook: Codebook, id: string): Set<string> {
  const found = new Set<string>()
  for (const t of codebook.themes)
    if (t.parentId && (t.parentId === id || found.has(t.parentId))) found.add(t.id)
  return found
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase()

/**
 * The themes whose zh/en name or description contains every whitespace-separated term of
 * `query` — case-insensitive, full-width letters matching half-width (NFKC), as core's
 * `filterThemes`. A blank query keeps every theme.
 */
export function filterThemes(themes: readonly Theme[], query: string): Theme[] {
  const terms = fold(query).split(/\s+/).filter(Boolean)
  if (terms.length === 0) return [...themes]
  return themes.filter((t) => {
    const hay = fold([t.name.zh, t.name.en, t.description.zh, t.description.en].join('\n'))
    return terms.every((term) => hay.includes(term))
  })
}

/** The theme's name in the UI language, falling back to the other one. */
export function themeName(theme: Theme, locale: 'zh' | 'en'): string {
  return (
    (locale === 'zh' ? theme.name.zh || theme.name.en : theme.name.en || theme.name.zh) || theme.id
  )
}
