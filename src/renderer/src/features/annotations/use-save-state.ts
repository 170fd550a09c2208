import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../../api/api-error'

export type SaveStatus = 'saving' | 'saved' | 'error'

export interface SaveState {
  /** `saving` while any call is in flight; `error` after a failure until a call succeeds. */
  status: SaveStatus
  error: string | null
  /** Runs a change through the host; resolves to its result, or undefined when it failed
   * (the failure is shown, with retry). Every change is durable when its call resolves. */
  run: <T>(change: () => Promise<T>) => Promise<T | undefined>
  /** Runs the last failed change again. */
  retry: () => void
}

/** The visible saved/saving state of every tagging and codebook change. */
export function useSaveState(onSaved: () => void): SaveState {
  const [pending, setPending] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const failed = useRef<(() => Promise<unknown>) | null>(null)
  const onSavedRef = useRef(onSaved)
  useEffect(() => {
    onSavedRef.current = onSaved
  })

  const run = useCallback(async <T>(change: () => Promise<T>): Promise<T | undefined> => {
    setPending((n) => n + 1)
    try {
      const value = await change()
      failed.current = null
      setError(null)
      onSavedRef.current()
      return value
    } catch (e) {
      failed.current = change
      setError(errorMessage(e))
      return undefined
    } finally {
      setPending((n) => n - 1)
    }
  }, [])

  const retry = useCallback(() => {
    const change = failed.current
    if (change) void run(change)
  }, [run])

  const status: SaveStatus = pending > 0 ? 'saving' : error !== null ? 'error' : 'saved'
  return { status, error, run, retry }
}
