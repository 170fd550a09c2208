import { useRef } from 'react'
import { ISSUE_FILE_ACCEPT } from '../../../../shared/issue-formats'
import type { IssueMeta } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { formatIssueDate, issueName, issueTitle } from './issue-format'

interface LibraryItemProps {
  issue: IssueMeta
  current: boolean
  readOnly: boolean
  onOpen: () => void
  onEdit: () => void
  onRemove: () => void
  /** A corrected file for this issue was chosen. */
  onReplace: (file: File) => void
}

export function LibraryItem({
  issue,
  current,
  readOnly,
  onOpen,
  onEdit,
  onRemove,
  onReplace,
}: LibraryItemProps) {
  const { t, locale } = useI18n()
  const replaceInput = useRef<HTMLInputElement>(null)
  const name = issueName(issue)
  return (
    <li
      className={`library-item${current ? ' library-item--current' : ''}`}
      data-testid="library-item"
      data-issue-id={issue.id}
    >
      <button
        type="button"
        className="library-item__open"
        onClick={onOpen}
        aria-current={current ? 'true' : undefined}
        title={issue.sourcePath ?? issue.sourceName}
      >
        <span className="library-item__paper" lang="zh-CN">
          {issueTitle(issue)}
        </span>
        <span className="library-item__meta">
          <span className="library-item__date">
            {issue.date ? (
              <time dateTime={issue.date}>{formatIssueDate(issue.date, locale)}</time>
            ) : (
              t('library.undated')
            )}
          </span>
          <span className="library-item__count">
            {t('library.articles', { n: issue.articleCount })}
          </span>
        </span>
      </button>
      {!readOnly && (
        <span className="library-item__actions">
          <button
            type="button"
            className="icon-button"
            data-testid="edit-issue"
            onClick={onEdit}
            aria-label={t('library.edit', { name })}
            title={t('library.edit', { name })}
          >
            <span aria-hidden="true">✎</span>
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="replace-issue"
            onClick={() => replaceInput.current?.click()}
            aria-label={t('replace.button', { name })}
            title={t('replace.button', { name })}
          >
            <span aria-hidden="true">⇄</span>
          </button>
          <input
            ref={replaceInput}
            type="file"
            hidden
            data-testid="replace-input"
            accept={ISSUE_FILE_ACCEPT}
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) onReplace(file)
            }}
          />
          <button
            type="button"
            className="icon-button icon-button--danger"
            data-testid="remove-issue"
            onClick={onRemove}
            aria-label={t('library.remove', { name })}
            title={t('library.remove', { name })}
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
      )}
    </li>
  )
}
