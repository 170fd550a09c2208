import { useCallback, useState } from 'react'
import type { GlossApi } from '../../../../shared/contract'
import type { StructureEdit } from '../../../../shared/model'
import { useQuery } from '../../api/use-query'
import type { SaveState } from '../annotations/use-save-state'
import type { StructureMenuRequest } from '../reader/PartControl'

/**
 * The open issue's structure corrections: the menu being shown, adding and removing a
 * correction (through the save state, so it shows as saving and lands in the undo history),
 * and `onChanged` so the reader, outline and library refetch what the change touched.
 */
export function useStructure(
  api: GlossApi,
  issueId: string | null,
  save: Pick<SaveState, 'run'>,
  onChanged: () => Promise<unknown> | void,
) {
  const state = useQuery(issueId, (id) => api.getStructureCorrections({ issueId: id }))
  const [menu, setMenu] = useState<StructureMenuRequest | null>(null)
  const { refresh } = state
  const after = useCallback(async () => {
    await Promise.all([onChanged(), refresh()])
  }, [onChanged, refresh])

  const correct = useCallback(
    async (at: number, edit: StructureEdit) => {
      if (!issueId) return
      const done = await save.run(() => api.addStructureCorrection({ issueId, at, edit }))
      if (done) await after()
    },
    [api, issueId, save, after],
  )
  const remove = useCallback(
    async (id: string) => {
      if (!issueId) return
      const done = await save.run(() => api.removeStructureCorrection({ issueId, id }))
      if (done) await after()
    },
    [api, issueId, save, after],
  )
  const stale = (state.data?.corrections ?? []).filter((c) => state.data?.staleIds.includes(c.id))
  return {
    stale,
    menu,
    openMenu: setMenu,
    closeMenu: useCallback(() => setMenu(null), []),
    correct,
    remove,
    /** After an undo or redo of a structure change. */
    refresh: after,
  }
}

export type StructureState = ReturnType<typeof useStructure>
