// The codebook is stored flat, in display order: depth-first, each parent followed by its
// subtree, siblings in the researcher's order. Operations that restructure it work on
// sibling lists (parent id → child ids, in order) and flatten back, so display order holds by
// construction rather than by each operation's care.
import { GlossError } from '../errors'
import type { Codebook, Theme } from '../model'

/** Child ids per parent id (`null` for the top level), in sibling order. */
export type SiblingLists = Map<string | null, string[]>

export function siblingLists(themes: readonly Theme[]): SiblingLists {
  const lists: SiblingLists = new Map([[null, []]])
  for (const theme of themes) {
    const list = lists.get(theme.parentId) ?? []
    list.push(theme.id)
    lists.set(theme.parentId, list)
  }
  return lists
}

/**
 * The themes reachable from the top level of `lists`, depth-first in sibling order, each with
 * `parentId` set from the list it sits in. Themes not reachable (in a cycle) are left out;
 * callers check for that.
 */
export function flatten(byId: ReadonlyMap<string, Theme>, lists: SiblingLists): Theme[] {
  const out: Theme[] = []
  const visit = (parentId: string | null) => {
    for (const id of lists.get(parentId) ?? []) {
      const theme = byId.get(id)
      if (!theme) continue
      out.push(theme.parentId === parentId ? theme : { ...theme, parentId })
      visit(id)
    }
  }
  visit(null)
  return out
}

export function themesById(codebook: Codebook): Map<string, Theme> {
  return new Map(codebook.themes.map((theme) => [theme.id, theme]))
}

/** The theme with `id`. @throws GlossError 'not-found' naming the role it was wanted for. */
export function getTheme(codebook: Codebook, id: string, role = 'theme'): Theme {
  const theme = codebook.themes.find((candidate) => candidate.id === id)
  if (!theme) throw new GlossError('not-found', `The ${role} "${id}" is not in the codebook.`)
  return theme
}

/** Ids of every theme below `id` (children, grandchildren, …), excluding `id` itself. */
export function descendantIds(codebook: Codebook, id: string): Set<string> {
  const lists = siblingLists(codebook.themes)
  const found = new Set<string>()
  const stack = [...(lists.get(id) ?? [])]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (found.has(next)) continue
    found.add(next)
    stack.push(...(lists.get(next) ?? []))
  }
  return found
}

/** Moves `id` into `parentId`'s list at `index` (clamped), taking it out of its old list. */
export function placeIn(
  lists: SiblingLists,
  id: string,
  parentId: string | null,
  index: number,
): void {
  for (const list of lists.values()) {
    const at = list.indexOf(id)
    if (at !== -1) list.splice(at, 1)
  }
  const target = lists.get(parentId) ?? []
  const clamped = Math.min(Math.max(Math.trunc(index) || 0, 0), target.length)
  target.splice(clamped, 0, id)
  lists.set(parentId, target)
}
