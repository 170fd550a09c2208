import { useCallback, useState } from 'react'
import type { GlossApi } from '../../../../shared/contract'
import type {
  DictionaryEntry,
  EntityMention,
  StoredDictionaryEntry,
} from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { useQuery } from '../../api/use-query'

const NONE: readonly EntityMention[] = []
const EMPTY: readonly StoredDictionaryEntry[] = []

export interface IssueEntities {
  /** The open issue's mentions; empty while recognition runs or when none is open. */
  mentions: readonly EntityMention[]
  loading: boolean
  error: unknown
  dictionary: readonly StoredDictionaryEntry[]
  /** Bumped after every correction, so derived views (library search) can start over. */
  version: number
  /** Records a correction (`issueId` limits a rejection to one issue), then refetches. */
  correct: (entry: DictionaryEntry, issueId: string | null) => Promise<void>
  /** Removes a dictionary entry — undoing that correction everywhere — then refetches. */
  removeEntry: (id: string) => Promise<void>
  /** Refetches the mentions (recognition itself changed: learned, or that undone). */
  refresh: () => Promise<void>
  /** A failed correction's message, until dismissed. */
  failure: string | null
  dismissFailure: () => void
}

/** The open issue's entities and the user's dictionary; corrections apply everywhere at once. */
export function useIssueEntities(api: GlossApi, issueId: string | null): IssueEntities {
  const entities = useQuery(issueId, (id) => api.getIssueEntities({ id }))
  const dictionary = useQuery('dictionary', () => api.getDictionary({}))
  const [version, setVersion] = useState(0)
  const [failure, setFailure] = useState<string | null>(null)
  const { refresh: refreshEntities } = entities
  const { refresh: refreshDictionary } = dictionary

  const mutate = useCallback(
    async (change: () => Promise<unknown>) => {
      try {
        await change()
        setFailure(null)
      } catch (error) {
        setFailure(errorMessage(error))
      }
      setVersion((v) => v + 1)
      await Promise.all([refreshEntities(), refreshDictionary()])
    },
    [refreshEntities, refreshDictionary],
  )
  const correct = useCallback(
    (entry: DictionaryEntry, scope: string | null) =>
      mutate(() => api.addDictionaryEntry({ entry, issueId: scope })),
    [api, mutate],
  )
  const removeEntry = useCallback(
    (id: string) => mutate(() => api.removeDictionaryEntry({ id })),
    [api, mutate],
  )

  return {
    mentions: entities.data?.mentions ?? NONE,
    loading: entities.loading,
    error: entities.error,
    dictionary: dictionary.data ?? EMPTY,
    version,
    correct,
    removeEntry,
    refresh: useCallback(async () => {
      setVersion((v) => v + 1)
      await refreshEntities()
    }, [refreshEntities]),
    failure,
    dismissFailure: useCallback(() => setFailure(null), []),
  }
}
