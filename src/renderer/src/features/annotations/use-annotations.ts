import { useCallback, useMemo } from 'react'
import type { GlossApi } from '../../../../shared/contract'
import type { Annotation, Span } from '../../../../shared/model'
import { useQuery } from '../../api/use-query'
import type { SaveState } from './use-save-state'

export interface IssueAnnotations {
  /** Anchored annotations in document order. */
  anchored: Annotation[]
  /** Annotations a text replacement could not place, kept for the researcher. */
  orphans: Annotation[]
  loadError: unknown
  refresh: () => Promise<unknown>
  create: (span: Span, themeIds: string[]) => Promise<Annotation | undefined>
  update: (id: string, patch: { themeIds?: string[]; memo?: string }) => Promise<boolean>
  remove: (id: string) => Promise<boolean>
  reanchor: (id: string, span: Span) => Promise<boolean>
}

const none: Annotation[] = []

/** The open issue's annotations (main owns them) and every change to them. */
export function useAnnotations(
  api: GlossApi,
  issueId: string | null,
  save: SaveState,
): IssueAnnotations {
  const query = useQuery(issueId, (id) => api.listAnnotations({ issueId: id }))
  const all = query.data ?? none
  const anchored = useMemo(() => all.filter((a) => a.anchor === 'anchored'), [all])
  const orphans = useMemo(() => all.filter((a) => a.anchor === 'orphan'), [all])
  const { run } = save
  const { refresh } = query

  const change = useCallback(
    async <T>(call: () => Promise<T>): Promise<T | undefined> => {
      const result = await run(call)
      if (result !== undefined) await refresh()
      return result
    },
    [run, refresh],
  )

  return {
    anchored,
    orphans,
    loadError: query.error,
    refresh,
    create: useCallback(
      async (span, themeIds) =>
        issueId ? change(() => api.createAnnotation({ issueId, ...span, themeIds })) : undefined,
      [api, issueId, change],
    ),
    update: useCallback(
      async (id, patch) =>
        !!issueId &&
        (await change(() => api.updateAnnotation({ issueId, id, ...patch }))) !== undefined,
      [api, issueId, change],
    ),
    remove: useCallback(
      async (id) =>
        !!issueId && (await change(() => api.deleteAnnotation({ issueId, id }))) !== undefined,
      [api, issueId, change],
    ),
    reanchor: useCallback(
      async (id, span) =>
        !!issueId &&
        (await change(() => api.reanchorAnnotation({ issueId, id, ...span }))) !== undefined,
      [api, issueId, change],
    ),
  }
}
