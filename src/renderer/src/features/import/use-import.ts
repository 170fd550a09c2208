import { useCallback, useRef, useState } from 'react'
import type { AppInfo, GlossApi, ImportOutcome } from '../../../../shared/contract'
import { errorMessage } from '../../api/api-error'
import type { Translate } from '../../i18n/i18n'
import {
  BYTES_PER_BATCH,
  FILES_PER_BATCH,
  MAX_FILE_BYTES,
  PATHS_PER_BATCH,
  looksLikeIssueFile,
  planBatches,
  summarize,
  type ImportSummary,
} from './batch'
import { readAsBase64, type PickedFile } from './read-files'

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; summary: ImportSummary }
  | { phase: 'failed'; message: string }

export interface Importer {
  state: ImportState
  busy: boolean
  disabled: boolean
  /** "Import files…": the native dialog in Electron, the hidden file input in a browser. */
  chooseFiles: () => void
  chooseFolder: () => void
  /** Files the renderer has in hand (file input, drop). `fromFolder` leaves out non-issue files
   * found inside folders. */
  importPicked: (files: PickedFile[], fromFolder: boolean) => Promise<void>
  dismiss: () => void
  /** Callback refs for the hidden browser inputs (`<input type=file>`), clicked by `choose*`. */
  setFileInput: (input: HTMLInputElement | null) => void
  setFolderInput: (input: HTMLInputElement | null) => void
}

interface Options {
  appInfo: AppInfo
  t: Translate
  /** Called after every import that reached main, with the summary (refresh, open an issue). */
  onImported: (summary: ImportSummary) => Promise<void> | void
}

/** Every import path ends here: batches, progress, a summary, and the library refresh. */
export function useImport(api: GlossApi, { appInfo, t, onImported }: Options): Importer {
  const [state, setState] = useState<ImportState>({ phase: 'idle' })
  const busyRef = useRef(false)
  const fileInput = useRef<HTMLInputElement | null>(null)
  const folderInput = useRef<HTMLInputElement | null>(null)
  const disabled = appInfo.readOnly

  const run = useCallback(
    async <T>(
      items: T[],
      batches: T[][],
      send: (batch: T[]) => Promise<ImportOutcome[]>,
      preset: ImportOutcome[],
      ignored: number,
    ) => {
      if (busyRef.current) return
      busyRef.current = true
      const outcomes = [...preset]
      const total = items.length + preset.length
      try {
        if (total === 0) {
          setState({ phase: 'failed', message: t('import.nothing') })
          return
        }
        setState({ phase: 'running', done: preset.length, total })
        for (const batch of batches) {
          outcomes.push(...(await send(batch)))
          setState({ phase: 'running', done: outcomes.length, total })
        }
        const summary = summarize(outcomes, ignored)
        setState({ phase: 'done', summary })
        await onImported(summary)
      } catch (error) {
        setState({ phase: 'failed', message: t('import.failed', { message: errorMessage(error) }) })
        if (outcomes.length > preset.length) await onImported(summarize(outcomes, ignored))
      } finally {
        busyRef.current = false
      }
    },
    [t, onImported],
  )

  const importPicked = useCallback(
    async (picked: PickedFile[], fromFolder: boolean) => {
      if (disabled) return
      const wanted = fromFolder
        ? picked.filter((p) => !p.name.includes('/') || looksLikeIssueFile(p.name))
        : picked
      const tooLarge = wanted.filter((p) => p.file.size > MAX_FILE_BYTES)
      const preset: ImportOutcome[] = tooLarge.map((p) => ({
        name: p.name,
        status: 'skipped',
        issueId: null,
        error: { code: 'file-too-large', message: t('import.tooLarge', { name: p.name }) },
      }))
      const sendable = wanted.filter((p) => p.file.size <= MAX_FILE_BYTES)
      const batches = planBatches(sendable, (p) => p.file.size, FILES_PER_BATCH, BYTES_PER_BATCH)
      await run(
        sendable,
        batches,
        async (batch) => {
          const files = await Promise.all(
            batch.map(async (p) => ({ name: p.name, data: await readAsBase64(p.file) })),
          )
          return (await api.importFiles({ files })).outcomes
        },
        preset,
        picked.length - wanted.length,
      )
    },
    [api, disabled, run, t],
  )

  const importByDialog = useCallback(
    async (mode: 'files' | 'folder') => {
      let paths: string[]
      try {
        paths = (await api.pickImportPaths({ mode })).paths
      } catch (error) {
        setState({ phase: 'failed', message: t('import.failed', { message: errorMessage(error) }) })
        return
      }
      if (paths.length === 0) return // the user cancelled the dialog
      const batches = planBatches(paths, () => 0, PATHS_PER_BATCH, Infinity)
      await run(
        paths,
        batches,
        async (batch) => (await api.importPaths({ paths: batch })).outcomes,
        [],
        0,
      )
    },
    [api, run, t],
  )

  const chooseFiles = useCallback(() => {
    if (disabled || busyRef.current) return
    if (appInfo.canPickPaths) void importByDialog('files')
    else fileInput.current?.click()
  }, [appInfo.canPickPaths, disabled, importByDialog])

  const chooseFolder = useCallback(() => {
    if (disabled || busyRef.current) return
    if (appInfo.canPickPaths) void importByDialog('folder')
    else folderInput.current?.click()
  }, [appInfo.canPickPaths, disabled, importByDialog])

  return {
    state,
    busy: state.phase === 'running',
    disabled,
    chooseFiles,
    chooseFolder,
    importPicked,
    dismiss: useCallback(() => setState({ phase: 'idle' }), []),
    setFileInput: useCallback((input: HTMLInputElement | null) => {
      fileInput.current = input
    }, []),
    setFolderInput: useCallback((input: HTMLInputElement | null) => {
      folderInput.current = input
    }, []),
  }
}
