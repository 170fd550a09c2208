import { useCallback, useState } from 'react'
import type { ExchangeSummary, GlossApi } from '../../../../shared/contract'
import { errorMessage } from '../../api/api-error'
import type { Translate } from '../../i18n/i18n'

/** The contract's limit on `importGlossExport({json})`, in characters. */
const MAX_EXPORT_CHARS = 200_000_000

export type ExchangeState =
  | { status: 'idle' }
  | { status: 'running'; name: string }
  | { status: 'done'; name: string; summary: ExchangeSummary }
  | { status: 'failed'; message: string }

function readAsText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsText(file, 'utf-8')
  })
}

/** Merges a colleague's Gloss JSON export, read here as text (so it works in both hosts), then
 * tells the library it changed. */
export function useExchange(api: GlossApi, t: Translate, onLibraryChanged: () => unknown) {
  const [state, setState] = useState<ExchangeState>({ status: 'idle' })

  const merge = useCallback(
    async (file: File) => {
      const name = file.name
      if (file.size > MAX_EXPORT_CHARS) {
        setState({ status: 'failed', message: t('exchange.tooLarge', { name }) })
        return
      }
      setState({ status: 'running', name })
      let json: string
      try {
        json = await readAsText(file)
      } catch {
        setState({ status: 'failed', message: t('exchange.unreadable', { name }) })
        return
      }
      try {
        const summary = await api.importGlossExport({ json })
        setState({ status: 'done', name, summary })
      } catch (error) {
        setState({
          status: 'failed',
          message: t('exchange.failed', { name, message: errorMessage(error) }),
        })
        return
      }
      await onLibraryChanged()
    },
    [api, t, onLibraryChanged],
  )

  return { state, merge }
}
