import { useCallback, useState } from 'react'
import type { GlossApi } from '../../../../shared/contract'
import { errorMessage } from '../../api/api-error'
import { readAsBase64 } from '../import/read-files'

export type ReplaceOutcome =
  { kind: 'done'; anchored: number; orphans: number } | { kind: 'failed'; message: string } | null

/**
 * "Replace with corrected file…": sends the file, then refreshes the library and opens the new
 * issue (its id is the new text's hash); the outcome says how many annotations were placed.
 */
export function useReplaceIssue(
  api: GlossApi,
  refresh: () => Promise<unknown>,
  open: (id: string) => void,
) {
  const [outcome, setOutcome] = useState<ReplaceOutcome>(null)
  const [busy, setBusy] = useState(false)
  const replace = useCallback(
    async (id: string, file: File) => {
      setBusy(true)
      try {
        const data = await readAsBase64(file)
        const result = await api.replaceIssueText({ id, file: { name: file.name, data } })
        await refresh()
        open(result.issue.id)
        setOutcome({ kind: 'done', anchored: result.anchored, orphans: result.orphans })
      } catch (e) {
        setOutcome({ kind: 'failed', message: errorMessage(e) })
      } finally {
        setBusy(false)
      }
    },
    [api, refresh, open],
  )
  return { outcome, busy, replace, dismiss: () => setOutcome(null) }
}
