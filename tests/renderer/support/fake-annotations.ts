// Annotation and undo-history methods of the fake GlossApi: annotations per issue in the
// shared store (document order), the author from the settings, W3C-style quote selectors,
// and replaceIssueText re-anchoring by quote (what cannot be found becomes an orphan).
import type { DomainApi } from '../../../src/shared/contract'
import type { Annotation, AnnotationSelector, IssueDocument } from '../../../src/shared/model'
import { ApiError } from '../../../src/renderer/src/api/api-error'
import { buildIssue, issueId as makeIssueId } from './fixtures'
import type { TaggingStore } from './fake-tagging-store'

export type AnnotationMethods = DomainApi<'annotations'>

/** Up to 32 code points of context either side, as main keeps it (𠀀 is one, not two). */
export function describeSelection(text: string, start: number, end: number): AnnotationSelector {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: [...text.slice(0, start)].slice(-32).join(''),
    suffix: [...text.slice(end)].slice(0, 32).join(''),
  }
}

/** A fixed clock, one second per call, so created/updated times differ and are predictable. */
function clock() {
  let t = Date.parse('2024-03-01T09:00:00.000Z')
  return () => new Date((t += 1000)).toISOString()
}

export function createFakeAnnotations(
  issues: Map<string, IssueDocument>,
  store: TaggingStore,
  author: () => string,
): AnnotationMethods {
  let next = 1
  let nextIssue = 900
  const now = clock()
  const doc = (id: string) => {
    const d = issues.get(id)
    if (!d) throw new ApiError('not-found', 'No such issue in the library.')
    return d
  }
  const existing = (issueId: string, id: string) => {
    const a = store.list(issueId).find((x) => x.id === id)
    if (!a) throw new ApiError('not-found', 'That annotation no longer exists.')
    return a
  }
  const put = (a: Annotation) =>
    store.setList(a.issueId, [...store.list(a.issueId).filter((x) => x.id !== a.id), a])
  const knownThemes = (ids: readonly string[]) => {
    const unknown = ids.filter((id) => !store.state.codebook.themes.some((t) => t.id === id))
    if (unknown.length) throw new ApiError('bad-arguments', `Unknown theme ${unknown.join(', ')}.`)
  }

  return {
    listAnnotations: async ({ issueId }) => (doc(issueId), store.list(issueId)),
    createAnnotation: async ({ issueId, start, end, themeIds, memo }) => {
      const { text } = doc(issueId)
      if (end > text.length || start >= end) throw new ApiError('bad-arguments', 'Outside.')
      knownThemes(themeIds)
      const at = now()
      const annotation: Annotation = {
        id: `ann-${next++}`,
        issueId,
        selector: describeSelection(text, start, end),
        themeIds: [...new Set(themeIds)],
        memo: memo ?? '',
        author: author(),
        createdAt: at,
        updatedAt: at,
        anchor: 'anchored',
      }
      store.record('tag passage', { issueId, codebook: false }, () => put(annotation))
      return annotation
    },
    updateAnnotation: async ({ issueId, id, themeIds, memo }) => {
      const before = existing(issueId, id)
      if (themeIds) knownThemes(themeIds)
      const after: Annotation = {
        ...before,
        ...(themeIds ? { themeIds: [...new Set(themeIds)] } : {}),
        ...(memo !== undefined ? { memo } : {}),
        updatedAt: now(),
      }
      const memoOnly = themeIds === undefined
      store.record(
        memoOnly ? 'edit memo' : 'change themes',
        { issueId, codebook: false, mergeKey: memoOnly ? `memo:${id}` : undefined },
        () => put(after),
      )
      return after
    },
    deleteAnnotation: async ({ issueId, id }) => {
      existing(issueId, id)
      store.record('delete annotation', { issueId, codebook: false }, () =>
        store.setList(
          issueId,
          store.list(issueId).filter((a) => a.id !== id),
        ),
      )
      return { deleted: true }
    },
    reanchorAnnotation: async ({ issueId, id, start, end }) => {
      const before = existing(issueId, id)
      const after: Annotation = {
        ...before,
        selector: describeSelection(doc(issueId).text, start, end),
        anchor: 'anchored',
        updatedAt: now(),
      }
      store.record('place annotation', { issueId, codebook: false }, () => put(after))
      return after
    },
    replaceIssueText: async ({ id, file }) => {
      const old = doc(id)
      const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0))
      const [title, ...paragraphs] = new TextDecoder().decode(bytes).split('\n').filter(Boolean)
      const newId = makeIssueId(nextIssue++)
      const fresh = buildIssue({ ...old.meta, id: newId, sourceName: file.name }, [
        { title: title ?? file.name, paragraphs },
      ])
      let orphans = 0
      const moved = store.list(id).map((a): Annotation => {
        const at = fresh.text.indexOf(a.selector.exact)
        if (at < 0) {
          orphans++
          return { ...a, issueId: newId, anchor: 'orphan' }
        }
        const selector = describeSelection(fresh.text, at, at + a.selector.exact.length)
        return { ...a, issueId: newId, selector, anchor: 'anchored' }
      })
      issues.delete(id)
      issues.set(newId, fresh)
      store.setList(newId, moved)
      store.setList(id, [])
      return { issue: fresh.meta, anchored: moved.length - orphans, orphans }
    },
    getHistory: async () => store.history(),
    undo: async () => store.undo(),
    redo: async () => store.redo(),
  }
}
