import { useCallback, useMemo, useState } from 'react'
import type { GlossApi } from '../../../../shared/contract'
import type { IssueMeta } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { useQuery } from '../../api/use-query'
import { sortIssues, type SortOrder } from './issue-format'

export interface MetaPatch {
  paper: string | null
  date: string | null
}

export interface LibraryState {
  issues: IssueMeta[] | undefined
  loading: boolean
  loadError: unknown
  order: SortOrder
  toggleOrder: () => void
  /** The issue shown in the reader (derived: the chosen one, else the last one, else the first). */
  openId: string | null
  open: (id: string) => void
  /** Opens the issue `delta` places away in the list as sorted. */
  openAdjacent: (delta: number) => void
  refresh: () => Promise<IssueMeta[] | undefined>
  remove: (id: string) => Promise<void>
  updateMeta: (id: string, patch: MetaPatch) => Promise<void>
  error: string | null
  dismissError: () => void
}

interface Options {
  lastIssueId: string | null
  /** Called when the user opens an issue, to remember it for the next launch. */
  onOpened: (id: string) => void
  errorText: { remove: (message: string) => string; edit: (message: string) => string }
}

export function useLibrary(api: GlossApi, options: Options): LibraryState {
  const { lastIssueId, onOpened, errorText } = options
  const query = useQuery('issues', () => api.listIssues({}))
  const [order, setOrder] = useState<SortOrder>('desc')
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const issues = useMemo(
    () => (query.data ? sortIssues(query.data, order) : undefined),
    [query.data, order],
  )

  const openId = useMemo(() => {
    if (!issues || issues.length === 0) return null
    const has = (id: string | null) => id !== null && issues.some((i) => i.id === id)
    if (has(chosenId)) return chosenId
    if (chosenId === null && has(lastIssueId)) return lastIssueId
    return issues[0].id
  }, [issues, chosenId, lastIssueId])

  const open = useCallback(
    (id: string) => {
      setChosenId(id)
      onOpened(id)
    },
    [onOpened],
  )

  const openAdjacent = useCallback(
    (delta: number) => {
      if (!issues || issues.length === 0) return
      const at = issues.findIndex((i) => i.id === openId)
      const next = issues[Math.min(issues.length - 1, Math.max(0, at + delta))]
      if (next && next.id !== openId) open(next.id)
    },
    [issues, openId, open],
  )

  const { refresh } = query
  const remove = useCallback(
    async (id: string) => {
      try {
        await api.removeIssue({ id })
      } catch (e) {
        setError(errorText.remove(errorMessage(e)))
        return
      }
      // Keep the reader on a neighbour rather than jumping to the top of the list.
      if (id === openId && issues) {
        const at = issues.findIndex((i) => i.id === id)
        const neighbour = issues[at + 1] ?? issues[at - 1]
        if (neighbour) open(neighbour.id)
      }
      await refresh()
    },
    [api, issues, openId, open, refresh, errorText],
  )

  const updateMeta = useCallback(
    async (id: string, patch: MetaPatch) => {
      try {
        await api.updateIssueMeta({ id, paper: patch.paper, date: patch.date })
      } catch (e) {
        setError(errorText.edit(errorMessage(e)))
      }
      await refresh()
    },
    [api, refresh, errorText],
  )

  return {
    issues,
    loading: query.loading,
    loadError: query.error,
    order,
    toggleOrder: useCallback(() => setOrder((o) => (o === 'asc' ? 'desc' : 'asc')), []),
    openId,
    open,
    openAdjacent,
    refresh,
    remove,
    updateMeta,
    error,
    dismissError: useCallback(() => setError(null), []),
  }
}
