import type { StoredDictionaryEntry } from '../../../../shared/model'
import { useI18n, type Translate } from '../../i18n/i18n'
import { typeLabelKey } from './entity-labels'

interface DictionaryListProps {
  entries: readonly StoredDictionaryEntry[]
  /** The open issue, to word issue-scoped rejections ("in this issue"). */
  issueId: string | null
  readOnly: boolean
  onRemove: (id: string) => void
}

function describe(t: Translate, entry: StoredDictionaryEntry, issueId: string | null): string {
  if (entry.kind === 'add')
    return t('dictionary.add', { text: entry.text, type: t(typeLabelKey[entry.type]) })
  const what = entry.type
    ? t('dictionary.rejectType', { text: entry.text, type: t(typeLabelKey[entry.type]) })
    : t('dictionary.reject', { text: entry.text })
  if (entry.issueId === null) return what
  const scope = entry.issueId === issueId ? 'dictionary.thisIssue' : 'dictionary.otherIssue'
  return `${what} (${t(scope)})`
}

/** The user's corrections, newest first; removing one undoes it everywhere. */
export function DictionaryList({ entries, issueId, readOnly, onRemove }: DictionaryListProps) {
  const { t } = useI18n()
  return (
    <details className="dictionary" open={entries.length > 0 && entries.length <= 8}>
      <summary className="dictionary__summary">
        {t('dictionary.title')} ({entries.length})
      </summary>
      {entries.length === 0 ? (
        <p className="entity-panel__status">{t('dictionary.empty')}</p>
      ) : (
        <ul className="dictionary__list">
          {[...entries].reverse().map((entry) => (
            <li
              key={entry.id}
              className="dictionary__entry"
              data-testid="dictionary-entry"
              data-entry-kind={entry.kind}
            >
              <span lang="zh-CN">{describe(t, entry, issueId)}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button"
                  data-testid="remove-dictionary-entry"
                  aria-label={t('dictionary.remove', { text: entry.text })}
                  title={t('dictionary.remove', { text: entry.text })}
                  onClick={() => onRemove(entry.id)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}
