import { useEffect, useState } from 'react'

export type Usage = { annotations: number; issues: number }

/** How many annotations use a theme, fetched once for a dialog; null while it loads. */
export function useThemeUsage(id: string, fetchUsage: (id: string) => Promise<Usage>) {
  const [usage, setUsage] = useState<{ id: string; value: Usage | null; failed: boolean }>({
    id,
    value: null,
    failed: false,
  })
  useEffect(() => {
    let live = true
    fetchUsage(id).then(
      (value) => live && setUsage({ id, value, failed: false }),
      () => live && setUsage({ id, value: null, failed: true }),
    )
    return () => {
      live = false
    }
  }, [id, fetchUsage])
  return usage.id === id ? usage : { id, value: null, failed: false }
}
