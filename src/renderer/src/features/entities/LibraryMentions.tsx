import type { EntityType, LibraryMention } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { useApi } from '../../api/context'
import { useQuery } from '../../api/use-query'
import { useI18n } from '../../i18n/i18n'
import { formatIssueDate } from '../library/issue-format'

interface LibraryMentionsProps {
  text: string
  type: EntityType
  /** Changes after every correction, so the list is fetched again. */
  version: number
  onOpen: (mention: LibraryMention) => void
}

/** Every mention of an entity across the library, as keyword-in-context lines. */
export function LibraryMentions({ text, type, version, onOpen }: LibraryMentionsProps) {
  const api = useApi()
  const { t, locale } = useI18n()
  const key = JSON.stringify([text, type, version])
  const found = useQuery(key, () => api.findEntityInLibrary({ text, type }))

  if (found.error != null)
    return <p role="alert">{t('entities.searchFailed', { message: errorMessage(found.error) })}</p>
  if (!found.data)
    return (
      <p className="entity-panel__status" role="status">
        {t('entities.searching')}
      </p>
    )
  return (
    <div className="library-mentions">
      <p className="entity-panel__status">{t('entities.libraryCount', { n: found.data.length })}</p>
      <ol className="library-mentions__list">
        {found.data.map((m) => (
          <li key={`${m.issueId}:${m.start}`}>
            <button
              type="button"
              className="library-mention"
              data-testid="library-mention"
              data-issue-id={m.issueId}
              onClick={() => onOpen(m)}
            >
              <span className="library-mention__where">
                {m.paper ?? ''} {m.date ? formatIssueDate(m.date, locale) : t('library.undated')}
                {' · '}
                <span lang="zh-CN">{m.articleTitle}</span>
              </span>
              <span className="library-mention__snippet" lang="zh-CN">
                {m.before}
                <mark className="entity" data-entity-type={type}>
                  {text}
                </mark>
                {m.after}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  )
}
