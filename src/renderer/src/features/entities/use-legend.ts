import { useCallback, useState } from 'react'
import { entityTypes, type EntityType } from '../../../../shared/model'

const KEY = 'gloss.entityHighlights'

interface LegendState {
  visible: boolean
  hidden: EntityType[]
}

function load(): LegendState {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<LegendState> | null
    return {
      visible: raw?.visible !== false,
      hidden: entityTypes.filter((type) => raw?.hidden?.includes(type)),
    }
  } catch {
    return { visible: true, hidden: [] }
  }
}

export interface Legend extends LegendState {
  isShown: (type: EntityType) => boolean
  toggleType: (type: EntityType) => void
  /** The `e` shortcut: all highlights off, or back on as they were. */
  toggleAll: () => void
}

/** Which highlight types are shown; kept for the session (sessionStorage). */
export function useLegend(): Legend {
  const [state, setState] = useState(load)
  const save = useCallback((update: (s: LegendState) => LegendState) => {
    setState((s) => {
      const next = update(s)
      sessionStorage.setItem(KEY, JSON.stringify(next))
      return next
    })
  }, [])
  const toggleType = useCallback(
    (type: EntityType) =>
      save((s) => {
        const without = s.hidden.filter((t) => t !== type)
        // While everything is off, a type's toggle turns highlights back on, showing it.
        if (!s.visible || s.hidden.includes(type)) return { visible: true, hidden: without }
        return { visible: true, hidden: [...s.hidden, type] }
      }),
    [save],
  )
  const toggleAll = useCallback(() => save((s) => ({ ...s, visible: !s.visible })), [save])
  const isShown = (type: EntityType) => state.visible && !state.hidden.includes(type)
  return { ...state, isShown, toggleType, toggleAll }
}
