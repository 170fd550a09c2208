// The codebook as the export carries it: every theme with its path from the root.

import type { Codebook, Theme } from '../../../shared/model'
import type { ExportTheme, ExportThemeRef } from './export-format'

/**
 * Each theme with `path` = ids from its root down to itself. A parent missing from the codebook
 * ends the path there; a parent cycle (a corrupt codebook) is cut where it would repeat.
 */
export function exportThemes(codebook: Codebook): ExportTheme[] {
  const byId = new Map(codebook.themes.map((t) => [t.id, t]))
  return codebook.themes.map((theme) => ({
    id: theme.id,
    name: { zh: theme.name.zh, en: theme.name.en },
    parentId: theme.parentId,
    colour: theme.colour,
    description: { zh: theme.description.zh, en: theme.description.en },
    path: themePath(theme, byId),
  }))
}

function themePath(theme: Theme, byId: Map<string, Theme>): string[] {
  const path = [theme.id]
  let parent = theme.parentId === null ? undefined : byId.get(theme.parentId)
  while (parent && !path.includes(parent.id)) {
    path.unshift(parent.id)
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId)
  }
  return path
}

/** How an annotation cites a theme; `name` is null for an id the codebook does not hold. */
export function themeRef(id: string, byId: Map<string, ExportTheme>): ExportThemeRef {
  const theme = byId.get(id)
  return { id, name: theme ? { zh: theme.name.zh, en: theme.name.en } : null }
}
