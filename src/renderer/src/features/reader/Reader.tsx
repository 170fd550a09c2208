import type { CSSProperties, RefObject } from 'react'
import type { IssueDocument, IssueMeta } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { Alert } from '../../components/Alert'
import { useI18n } from '../../i18n/i18n'
import { formatIssueDate, issueTitle } from '../library/issue-format'
import { ArticleView } from './ArticleView'

interface ReaderProps {
  /** The issue's metadata as the library lists it (fresher than `document.meta` after an edit). */
  meta: IssueMeta | null
  document: IssueDocument | undefined
  loading: boolean
  error: unknown
  current: number
  fontSize: number
  scrollRef: RefObject<HTMLDivElement | null>
}

export function Reader({
  meta,
  document,
  loading,
  error,
  current,
  fontSize,
  scrollRef,
}: ReaderProps) {
  const { t, locale } = useI18n()
  const shown = meta ?? document?.meta ?? null
  const style = { '--reader-font-size': `${fontSize}px` } as CSSProperties

  return (
    <main className="reader" aria-label={t('reader.label')}>
      <div
        className="reader__scroll"
        ref={scrollRef}
        data-testid="reader"
        style={style}
        tabIndex={-1}
      >
        {!shown && !loading && <p className="reader__placeholder">{t('reader.noIssue')}</p>}
        {shown && (
          <header className="issue-header">
            <h1 className="issue-header__paper" lang="zh-CN" data-testid="issue-paper">
              {issueTitle(shown)}
            </h1>
            <p className="issue-header__meta">
              {shown.date ? (
                <time dateTime={shown.date} data-testid="issue-date">
                  {formatIssueDate(shown.date, locale, true)}
                </time>
              ) : (
                <span data-testid="issue-date">{t('library.undated')}</span>
              )}
              <span aria-hidden="true"> · </span>
              <span data-testid="issue-article-count">
                {t('reader.articles', { n: document?.articles.length ?? shown.articleCount })}
              </span>
            </p>
          </header>
        )}
        {error != null && <Alert>{t('reader.failed', { message: errorMessage(error) })}</Alert>}
        {loading && shown && (
          <p className="reader__placeholder" role="status">
            {t('reader.loading')}
          </p>
        )}
        {document && document.articles.length === 0 && (
          <p className="reader__placeholder">{t('reader.noArticles')}</p>
        )}
        {document && (
          <div className="issue-body" lang="zh-CN">
            {document.articles.map((article, index) => (
              <ArticleView
                key={index}
                article={article}
                index={index}
                current={index === current}
              />
            ))}
          </div>
        )}
      </div>
    </main>
  )
}
