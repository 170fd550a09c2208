import { useCallback, useRef, useState } from 'react'
import type { GlossApi } from '../../../../shared/contract'
import { errorMessage } from '../../api/api-error'
import { downloadFiles } from './download'
import type { ExportArgs } from './export-form'

export type ExportRun =
  | { status: 'idle' }
  | { status: 'running'; issueCount: number }
  | { status: 'saved'; paths: string[] }
  | { status: 'downloaded'; names: string[] }
  | { status: 'failed'; message: string }

/**
 * Runs an export the way the host hands files over: Electron's `saveExport` (a native save
 * dialog in main; no paths means the user cancelled, which leaves the dialog as it was), or
 * `exportData` plus one browser download per file.
 */
export function useExport(api: GlossApi, electron: boolean) {
  const [run, setRun] = useState<ExportRun>({ status: 'idle' })
  const running = useRef(false)

  const start = useCallback(
    async (args: ExportArgs, issueCount: number) => {
      if (running.current) return
      running.current = true
      setRun({ status: 'running', issueCount })
      try {
        if (electron) {
          const { paths } = await api.saveExport(args)
          setRun(paths.length > 0 ? { status: 'saved', paths } : { status: 'idle' })
        } else {
          const { files } = await api.exportData(args)
          downloadFiles(files)
          setRun({ status: 'downloaded', names: files.map((f) => f.name) })
        }
      } catch (error) {
        setRun({ status: 'failed', message: errorMessage(error) })
      } finally {
        running.current = false
      }
    },
    [api, electron],
  )

  const reset = useCallback(() => setRun({ status: 'idle' }), [])
  return { run, start, reset }
}
