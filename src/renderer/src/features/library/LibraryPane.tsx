import { useState, type ReactNode } from 'react'
import type { IssueMeta } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { useApi } from '../../api/context'
import { Alert } from '../../components/Alert'
import { useI18n } from '../../i18n/i18n'
import { LibraryItem } from './LibraryItem'
import { EditDialog, RemoveDialog } from './LibraryDialogs'
import type { LibraryState } from './use-library'
import { useReplaceIssue } from './use-replace-issue'

interface LibraryPaneProps {
  library: LibraryState
  readOnly: boolean
  /** The import buttons and status, shown under the pane's title. */
  importControls: ReactNode
}

type Pending = { kind: 'remove' | 'edit'; issue: IssueMeta } | null

export function LibraryPane({ library, readOnly, importControls }: LibraryPaneProps) {
  const { t } = useI18n()
  const [pending, setPending] = useState<Pending>(null)
  const replacer = useReplaceIssue(useApi(), library.refresh, library.open)
  const { outcome } = replacer
  const { issues, order } = library
  const orderLabel = t(order === 'desc' ? 'library.sortNewest' : 'library.sortOldest')

  return (
    <aside className="pane library" aria-labelledby="library-title">
      <header className="pane__header">
        <h2 id="library-title" className="pane__title">
          {t('library.title')}
        </h2>
        <button
          type="button"
          className="sort-toggle"
          data-testid="sort-toggle"
          data-order={order}
          onClick={library.toggleOrder}
          aria-label={t('library.sortLabel', { order: orderLabel })}
          title={t('library.sortLabel', { order: orderLabel })}
        >
          {orderLabel} <span aria-hidden="true">{order === 'desc' ? '↓' : '↑'}</span>
        </button>
      </header>
      {importControls}
      {library.loadError != null && <Alert>{errorMessage(library.loadError)}</Alert>}
      {library.error && <Alert onDismiss={library.dismissError}>{library.error}</Alert>}
      {outcome && (
        <Alert
          tone={outcome.kind === 'done' ? 'info' : 'error'}
          onDismiss={replacer.dismiss}
          testId="replace-result"
        >
          {outcome.kind === 'done'
            ? t('replace.done', { n: outcome.anchored, orphans: outcome.orphans })
            : t('replace.failed', { message: outcome.message })}
        </Alert>
      )}
      {issues && issues.length === 0 && (
        <div className="library__empty" data-testid="library-empty">
          <p className="library__empty-title">{t('library.emptyTitle')}</p>
          <p>{t('library.emptyBody')}</p>
        </div>
      )}
      <ul className="library__list" data-testid="library-list" aria-label={t('library.label')}>
        {issues?.map((issue) => (
          <LibraryItem
            key={issue.id}
            issue={issue}
            current={issue.id === library.openId}
            readOnly={readOnly}
            onOpen={() => library.open(issue.id)}
            onEdit={() => setPending({ kind: 'edit', issue })}
            onRemove={() => setPending({ kind: 'remove', issue })}
            onReplace={(file) => void replacer.replace(issue.id, file)}
          />
        ))}
      </ul>
      {pending?.kind === 'remove' && (
        <RemoveDialog
          issue={pending.issue}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null)
            void library.remove(pending.issue.id)
          }}
        />
      )}
      {pending?.kind === 'edit' && (
        <EditDialog
          issue={pending.issue}
          onCancel={() => setPending(null)}
          onSave={(patch) => {
            setPending(null)
            void library.updateMeta(pending.issue.id, patch)
          }}
        />
      )}
    </aside>
  )
}
