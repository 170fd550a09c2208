// Codebook methods of the fake GlossApi: the codebook kept in display order (parents before
// their subtree) the way core keeps it, every change one undoable step in the shared store,
// merge and delete retagging annotations in every issue.
import type { DomainApi } from '../../../src/shared/contract'
import type { Codebook, Theme } from '../../../src/shared/model'
import { ApiError } from '../../../src/renderer/src/api/api-error'
import type { TaggingStore } from './fake-tagging-store'

export type CodebookMethods = DomainApi<'codebook'>

type Lists = Map<string | null, string[]>

function listsOf(themes: readonly Theme[]): Lists {
  const lists: Lists = new Map([[null, []]])
  for (const t of themes) lists.set(t.parentId, [...(lists.get(t.parentId) ?? []), t.id])
  return lists
}

function flatten(themes: readonly Theme[], lists: Lists): Codebook {
  const byId = new Map(themes.map((t) => [t.id, t]))
  const out: Theme[] = []
  const visit = (parentId: string | null) => {
    for (const id of lists.get(parentId) ?? []) {
      const t = byId.get(id)
      if (!t) continue
      out.push({ ...t, parentId })
      visit(id)
    }
  }
  visit(null)
  return { themes: out }
}

function place(lists: Lists, id: string, parentId: string | null, index: number) {
  for (const [key, list] of lists)
    lists.set(
      key,
      list.filter((x) => x !== id),
    )
  const target = [...(lists.get(parentId) ?? [])]
  target.splice(Math.min(Math.max(index, 0), target.length), 0, id)
  lists.set(parentId, target)
}

function find(codebook: Codebook, id: string): Theme {
  const t = codebook.themes.find((x) => x.id === id)
  if (!t) throw new ApiError('not-found', `The theme "${id}" is not in the codebook.`)
  return t
}

export function createFakeCodebook(store: TaggingStore): CodebookMethods {
  const { state } = store
  let next = 1

  /** Removes theme `id` (children take its place) and retags its annotations. */
  function removeTheme(id: string, into: string | null) {
    const theme = find(state.codebook, id)
    const lists = listsOf(state.codebook.themes)
    const at = (lists.get(theme.parentId) ?? []).indexOf(id)
    ;(lists.get(id) ?? []).forEach((child, i) => place(lists, child, theme.parentId, at + 1 + i))
    place(lists, id, '__gone__', 0)
    state.codebook = flatten(
      state.codebook.themes.filter((t) => t.id !== id),
      lists,
    )
    for (const [issueId, list] of state.annotations) {
      store.setList(
        issueId,
        list.map((a) => {
          if (!a.themeIds.includes(id)) return a
          const ids = a.themeIds.flatMap((t) => (t === id ? (into ? [into] : []) : [t]))
          return { ...a, themeIds: [...new Set(ids)] }
        }),
      )
    }
  }

  const change = (label: string, fn: () => void) => {
    store.record(label, { issueId: null, codebook: true }, fn)
    return state.codebook
  }

  return {
    getCodebook: async () => state.codebook,
    addTheme: async ({ name, parentId, colour, description }) => {
      const id = `user-theme-${next++}`
      if (parentId) find(state.codebook, parentId)
      const theme: Theme = {
        id,
        name: { zh: name.zh.trim(), en: name.en.trim() },
        parentId,
        colour: colour ?? '#777777',
        description: description ?? { zh: '', en: '' },
      }
      const codebook = change('add theme', () => {
        const lists = listsOf(state.codebook.themes)
        place(lists, id, parentId, Number.MAX_SAFE_INTEGER)
        state.codebook = flatten([...state.codebook.themes, theme], lists)
      })
      return { codebook, themeId: id }
    },
    updateTheme: async ({ id, ...patch }) => {
      find(state.codebook, id)
      return change('edit theme', () => {
        state.codebook = {
          themes: state.codebook.themes.map((t) => (t.id === id ? { ...t, ...patch } : t)),
        }
      })
    },
    moveTheme: async ({ id, parentId, index }) => {
      find(state.codebook, id)
      if (parentId === id) throw new ApiError('bad-arguments', 'Not under itself.')
      return change('move theme', () => {
        const lists = listsOf(state.codebook.themes)
        place(lists, id, parentId, index)
        state.codebook = flatten(state.codebook.themes, lists)
      })
    },
    mergeThemes: async ({ fromId, intoId }) => {
      find(state.codebook, intoId)
      return change('merge themes', () => removeTheme(fromId, intoId))
    },
    deleteTheme: async ({ id, annotations }) =>
      change('delete theme', () =>
        removeTheme(id, annotations.action === 'move' ? annotations.themeId : null),
      ),
    getThemeUsage: async ({ id }) => {
      let count = 0
      let issues = 0
      for (const list of state.annotations.values()) {
        const n = list.filter((a) => a.themeIds.includes(id)).length
        count += n
        if (n > 0) issues++
      }
      return { annotations: count, issues }
    },
    importCodebook: async ({ json }) => {
      let incoming: Theme[]
      try {
        incoming = (JSON.parse(json) as { themes: Theme[] }).themes
        if (!Array.isArray(incoming)) throw new Error('no themes')
      } catch {
        throw new ApiError('bad-arguments', 'This is not a Gloss codebook file.')
      }
      let added = 0
      let updated = 0
      const codebook = change('import codebook', () => {
        let themes = [...state.codebook.themes]
        for (const t of incoming) {
          if (themes.some((x) => x.id === t.id)) {
            themes = themes.map((x) => (x.id === t.id ? { ...t, parentId: x.parentId } : x))
            updated++
          } else {
            themes.push(t)
            added++
          }
        }
        state.codebook = flatten(themes, listsOf(themes))
      })
      return { codebook, added, updated }
    },
    exportCodebook: async () => ({
      name: 'gloss-codebook.json',
      type: 'application/json',
      content: JSON.stringify({ format: 'gloss-codebook', version: 1, ...state.codebook }),
    }),
  }
}
