import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { AppInfo } from '../../../../shared/contract'
import type { IssueMeta } from '../../../../shared/model'
import { useApi } from '../../api/context'
import { useQuery } from '../../api/use-query'
import { Dialog } from '../../components/Dialog'
import { useI18n } from '../../i18n/i18n'
import { ExchangeSection } from './ExchangeSection'
import { exportArgs, initialForm, type ExportForm } from './export-form'
import { ExportStatus } from './ExportStatus'
import { FormatFieldset } from './FormatFieldset'
import { ScopeFieldset } from './ScopeFieldset'
import { ThemeFilter } from './ThemeFilter'
import { useExchange } from './use-exchange'
import { useExport } from './use-export'

interface ExportDialogProps {
  /** The library as the library pane sorts it. */
  issues: readonly IssueMeta[]
  /** The issue open in the reader, the default scope. */
  openId: string | null
  host: AppInfo['host']
  readOnly: boolean
  /** Called after a colleague's export was merged, so the library list refreshes. */
  onLibraryChanged: () => unknown
  onClose: () => void
}

/** Export (format, issues, theme filter) and the merge of a colleague's export, in one dialog.
 * While a call runs, Escape, the backdrop and Close ask before closing. */
export function ExportDialog(props: ExportDialogProps) {
  const { issues, openId, onClose } = props
  const api = useApi()
  const { t } = useI18n()
  const [form, setForm] = useState<ExportForm>(() => initialForm(openId))
  const codebook = useQuery('export-codebook', () => api.getCodebook({}))
  const themes = codebook.data?.themes
  const exporter = useExport(api, props.host === 'electron')
  const exchange = useExchange(api, t, props.onLibraryChanged)
  const busy = exporter.run.status === 'running' || exchange.state.status === 'running'
  const [askingClose, setAskingClose] = useState(false)
  const asking = askingClose && busy

  const openIssue = issues.find((i) => i.id === openId) ?? null
  const args = exportArgs(form, openId, issues, themes ?? [])
  const missing =
    form.scope === 'selected' && form.issueIds.size === 0
      ? t('export.issues.needOne')
      : form.filterThemes && themes && form.themeIds.size === 0
        ? t('export.themes.needOne')
        : null
  const patch = (change: Partial<ExportForm>) => setForm((f) => ({ ...f, ...change }))
  const requestClose = () => (busy ? setAskingClose(true) : onClose())

  function submit(event: FormEvent) {
    event.preventDefault()
    if (args && !busy) void exporter.start(args, args.issueIds?.length ?? issues.length)
  }

  return (
    <Dialog title={t('export.title')} onClose={requestClose} className="dialog--export">
      <div data-testid="export-dialog" className="export">
        <form className="export__form" onSubmit={submit} aria-busy={busy}>
          <FormatFieldset
            format={form.format}
            onChange={(format) => patch({ format })}
            disabled={busy}
          />
          <ScopeFieldset
            scope={form.scope}
            onScope={(scope) => patch({ scope })}
            issues={issues}
            openIssue={openIssue}
            chosen={form.issueIds}
            onChosen={(issueIds) => patch({ issueIds })}
            disabled={busy}
          />
          <ThemeFilter
            themes={themes}
            loadError={codebook.error}
            on={form.filterThemes}
            onToggle={(filterThemes) => patch({ filterThemes })}
            chosen={form.themeIds}
            onChosen={(themeIds) => patch({ themeIds })}
            disabled={busy}
          />
          <ExportStatus run={exporter.run} onDismiss={exporter.reset} />
          {missing && <p className="export__muted">{missing}</p>}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={requestClose}>
              {t('common.close')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              data-testid="run-export"
              disabled={!args || busy}
            >
              {t('export.run')}
            </button>
          </div>
        </form>
        <ExchangeSection
          state={exchange.state}
          onFile={(file) => void exchange.merge(file)}
          disabled={busy}
          readOnly={props.readOnly}
        />
        {asking && <CloseConfirm onKeep={() => setAskingClose(false)} onClose={onClose} />}
      </div>
    </Dialog>
  )
}

/** Asked when the user tries to close the dialog while an export or import runs. */
function CloseConfirm({ onKeep, onClose }: { onKeep: () => void; onClose: () => void }) {
  const { t } = useI18n()
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <div className="export__confirm" role="alert" data-testid="export-confirm-close">
      <p>
        {t('export.busy')} {t('export.closeAnyway')}
      </p>
      <div className="dialog__actions">
        <button ref={keep} type="button" className="button button--primary" onClick={onKeep}>
          {t('export.keepOpen')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
    </div>
  )
}
