import { useCallback, useState } from 'react'
import type { GlossApi, Settings } from '../../../../shared/contract'
import { errorMessage } from '../../api/api-error'

export const FONT_MIN = 12
export const FONT_MAX = 32
export const FONT_DEFAULT = 18

export function clampFontSize(size: number): number {
  return Math.min(FONT_MAX, Math.max(FONT_MIN, Math.round(size)))
}

export interface SettingsState {
  settings: Settings
  /** Applies a change at once and saves it; a failed save is reported in `error`. */
  update: (patch: Partial<Settings>) => void
  error: string | null
  dismissError: () => void
}

/**
 * Settings live in main; the renderer applies a change immediately (optimistic) and saves it.
 * A read-only library keeps changes for this session only.
 */
export function useSettings(api: GlossApi, initial: Settings, readOnly: boolean): SettingsState {
  const [settings, setSettings] = useState(initial)
  const [error, setError] = useState<string | null>(null)

  const update = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((current) => ({ ...current, ...patch }))
      if (readOnly) return
      api.updateSettings(patch).catch((e: unknown) => setError(errorMessage(e)))
    },
    [api, readOnly],
  )
  const dismissError = useCallback(() => setError(null), [])
  return { settings, update, error, dismissError }
}
