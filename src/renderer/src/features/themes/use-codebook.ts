import { useCallback, useEffect, useState } from 'react'
import type { ApiArgs, GlossApi } from '../../../../shared/contract'
import type { Codebook } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import type { SaveState } from '../annotations/use-save-state'
import { downloadFile } from './download'

export interface CodebookState {
  codebook: Codebook | null
  loadError: string | null
  /** Fetches the codebook again (after an undo/redo that changed it). */
  refresh: () => Promise<void>
  add: (args: ApiArgs['addTheme']) => Promise<string | undefined>
  update: (args: ApiArgs['updateTheme']) => Promise<void>
  move: (args: ApiArgs['moveTheme']) => Promise<void>
  merge: (args: ApiArgs['mergeThemes']) => Promise<void>
  remove: (args: ApiArgs['deleteTheme']) => Promise<void>
  usage: (id: string) => Promise<{ annotations: number; issues: number }>
  importJson: (json: string) => Promise<{ added: number; updated: number } | undefined>
  exportFile: () => Promise<void>
}

/**
 * The codebook (main owns it) and every edit to it, each through the save state so the
 * researcher sees it saving, saved or failed. `onRetagged` runs after a change that may have
 * retagged annotations (merge, delete, undo), so the open issue's list is refetched.
 */
export function useCodebook(api: GlossApi, save: SaveState, onRetagged: () => void): CodebookState {
  const [codebook, setCodebook] = useState<Codebook | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    try {
      setCodebook(await api.getCodebook({}))
      setLoadError(null)
    } catch (e) {
      setLoadError(errorMessage(e))
    }
  }, [api])
  useEffect(() => {
    api.getCodebook({}).then(setCodebook, (e: unknown) => setLoadError(errorMessage(e)))
  }, [api])

  const { run } = save
  const apply = useCallback(
    async (change: () => Promise<Codebook>, retags = false) => {
      const next = await run(change)
      if (next) setCodebook(next)
      if (next && retags) onRetagged()
    },
    [run, onRetagged],
  )

  return {
    codebook,
    loadError,
    refresh,
    add: async (args) => {
      const result = await run(() => api.addTheme(args))
      if (result) setCodebook(result.codebook)
      return result?.themeId
    },
    update: (args) => apply(() => api.updateTheme(args)),
    move: (args) => apply(() => api.moveTheme(args)),
    merge: (args) => apply(() => api.mergeThemes(args), true),
    remove: (args) => apply(() => api.deleteTheme(args), true),
    usage: (id) => api.getThemeUsage({ id }),
    importJson: async (json) => {
      const result = await run(() => api.importCodebook({ json }))
      if (result) setCodebook(result.codebook)
      return result
    },
    exportFile: async () => {
      const file = await run(() => api.exportCodebook({}))
      if (file) downloadFile(file)
    },
  }
}
