import { useCallback, useEffect, useState } from 'react'
import type { GlossApi, HistoryState } from '../../../../shared/contract'
import type { SaveState } from './use-save-state'

const empty: HistoryState = {
  canUndo: false,
  canRedo: false,
  undoLabel: null,
  redoLabel: null,
  lastChange: null,
}

export interface History {
  state: HistoryState
  undo: () => void
  redo: () => void
  /** Fetches the history again (after any change). */
  refresh: () => void
}

/**
 * Undo/redo of annotation and codebook changes. The history lives in main; after an undo or
 * redo, `lastChange` says what to refetch (an issue's annotations, or the codebook).
 */
export function useHistory(
  api: GlossApi,
  save: Pick<SaveState, 'run'>,
  onChanged: (change: NonNullable<HistoryState['lastChange']>) => void,
): History {
  const [state, setState] = useState<HistoryState>(empty)
  const refresh = useCallback(() => {
    api.getHistory({}).then(setState, () => {})
  }, [api])
  useEffect(refresh, [refresh])

  const step = useCallback(
    async (which: 'undo' | 'redo') => {
      const next = await save.run(() => (which === 'undo' ? api.undo({}) : api.redo({})))
      if (!next) return
      setState(next)
      if (next.lastChange) onChanged(next.lastChange)
    },
    [api, save, onChanged],
  )
  const undo = useCallback(() => void step('undo'), [step])
  const redo = useCallback(() => void step('redo'), [step])
  return { state, undo, redo, refresh }
}
