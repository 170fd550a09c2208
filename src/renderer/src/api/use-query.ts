import { useCallback, useEffect, useRef, useState } from 'react'

interface Snapshot<T> {
  key: string | null
  data: T | undefined
  error: unknown
}

export interface Query<T> {
  /** The data for the current key, or undefined while it loads (or failed). */
  data: T | undefined
  error: unknown
  /** True until the first answer for the current key arrives. */
  loading: boolean
  /** Fetches again, keeping the current data on screen meanwhile; resolves with the new data. */
  refresh: () => Promise<T | undefined>
}

/**
 * A tiny query hook for data that belongs to main (the library, an issue): fetches whenever
 * `key` changes, ignores answers for a key no longer wanted, and refreshes on demand.
 * A null key fetches nothing.
 */
export function useQuery<T>(key: string | null, fetcher: (key: string) => Promise<T>): Query<T> {
  const [snapshot, setSnapshot] = useState<Snapshot<T>>({ key: null, data: undefined, error: null })
  const fetcherRef = useRef(fetcher)
  const keyRef = useRef(key)
  useEffect(() => {
    fetcherRef.current = fetcher
    keyRef.current = key
  })

  useEffect(() => {
    if (key === null) return
    let current = true
    fetcherRef.current(key).then(
      (data) => current && setSnapshot({ key, data, error: null }),
      (error: unknown) => current && setSnapshot({ key, data: undefined, error }),
    )
    return () => {
      current = false
    }
  }, [key])

  const refresh = useCallback(async () => {
    const wanted = keyRef.current
    if (wanted === null) return undefined
    try {
      const data = await fetcherRef.current(wanted)
      if (keyRef.current === wanted) setSnapshot({ key: wanted, data, error: null })
      return data
    } catch (error) {
      if (keyRef.current === wanted) setSnapshot((s) => ({ ...s, key: wanted, error }))
      return undefined
    }
  }, [])

  const fresh = snapshot.key === key && key !== null
  return {
    data: fresh ? snapshot.data : undefined,
    error: fresh ? snapshot.error : null,
    loading: key !== null && !fresh,
    refresh,
  }
}
