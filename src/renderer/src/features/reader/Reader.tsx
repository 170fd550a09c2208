import { useMemo, type CSSProperties, type MouseEvent, type RefObject } from 'react'
import { articleParts } from '../../../../shared/article-parts'
import type { Article, EntityMention, IssueDocument, IssueMeta } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { Alert } from '../../components/Alert'
import { useI18n } from '../../i18n/i18n'
import { formatIssueDate } from '../library/issue-format'
import { marksIn, type Mark } from '../annotations/mark-layout'
import { ArticleView } from './ArticleView'
import { PartControl, usePartControl, type StructureMenuRequest } from './PartControl'
import { mentionsIn } from './split-runs'

/** The entity layer over the text: what to highlight and how the body reports gestures. */
export interface ReaderHighlights {
  /** Sorted, non-overlapping; empty while recognition runs (the text shows without them). */
  mentions: readonly EntityMention[]
  /** Start of the mention being stepped through. */
  activeStart: number | null
  /** Entity types whose highlight is hidden, space-separated (read by CSS, no re-layout). */
  hiddenTypes: string
  /** False when all highlights are switched off. */
  visible: boolean
  onClick: (event: MouseEvent) => void
  /** A pointer or keyboard gesture ended: the selection may have changed. */
  onSelectionEnd: () => void
}

/** The annotation layer over the text: marks (anchored annotations) and the one being edited. */
export interface ReaderMarks {
  marks: readonly Mark[]
  activeId: string | null
}

const noMarks: readonly Mark[] = []

/** From the article's first part to the end of its last (a credit or byline may close it). */
function articleRange(article: Article): [number, number] {
  const parts = articleParts(article)
  if (parts.length === 0) return [article.title.start, article.title.end]
  return [parts[0].span.start, Math.max(...parts.map((p) => p.span.end))]
}

interface ReaderProps {
  /** The issue's metadata as the library lists it (fresher than `document.meta` after an edit). */
  meta: IssueMeta | null
  document: IssueDocument | undefined
  loading: boolean
  error: unknown
  current: number
  fontSize: number
  scrollRef: RefObject<HTMLDivElement | null>
  highlights: ReaderHighlights
  /** The element holding the issue text: the root for selection offsets. */
  bodyRef: RefObject<HTMLDivElement | null>
  marks?: ReaderMarks
  /** Opens the structure menu for a line; absent where the structure cannot be changed. */
  onStructureMenu?: (request: StructureMenuRequest) => void
}

export function Reader({
  meta,
  document,
  loading,
  error,
  current,
  fontSize,
  scrollRef,
  highlights,
  bodyRef,
  marks,
  onStructureMenu,
}: ReaderProps) {
  const { t, locale } = useI18n()
  const { mentions, activeStart } = highlights
  const allMarks = marks?.marks ?? noMarks
  const activeMark = marks?.activeId ?? null
  const perArticle = useMemo(
    () =>
      (document?.articles ?? []).map((article) => {
        const [start, end] = articleRange(article)
        const inside = marksIn(allMarks, start, end)
        return { start, end, mentions: mentionsIn(mentions, start, end), marks: inside }
      }),
    [document, mentions, allMarks],
  )
  const control = usePartControl(scrollRef, onStructureMenu, document)
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
        <PartControl control={control} />
        {shown && (
          <header className="issue-header">
            {/* A file name is no masthead: an issue whose paper is unknown says so. */}
            <h1
              className={
                shown.paper
                  ? 'issue-header__paper'
                  : 'issue-header__paper issue-header__paper--unknown'
              }
              lang={shown.paper ? 'zh-CN' : undefined}
              data-testid="issue-paper"
            >
              {shown.paper ?? t('reader.paperUnknown')}
            </h1>
            <p className="issue-header__meta">
              {shown.date ? (
                <time dateTime={shown.date} data-testid="issue-date">
                  {formatIssueDate(shown.date, locale, true)}
                </time>
              ) : (
                <span data-testid="issue-date">{t('library.undated')}</span>
              )}
              {!shown.paper && (
                <>
                  <span aria-hidden="true"> · </span>
                  <span className="issue-header__source" data-testid="issue-source">
                    {shown.sourceName}
                  </span>
                </>
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
          <div
            className="issue-body"
            lang="zh-CN"
            ref={bodyRef}
            data-hidden-entity-types={highlights.hiddenTypes}
            data-entities={highlights.visible ? 'on' : 'off'}
            {...control.bodyHandlers}
            onClick={highlights.onClick}
            onMouseUp={highlights.onSelectionEnd}
            // Only Shift+keys extend a selection; other keys must not reopen a closed menu.
            onKeyUp={(e) => (e.shiftKey || e.key === 'Shift') && highlights.onSelectionEnd()}
          >
            {document.articles.map((article, index) => {
              const { start, end, mentions, marks: inArticle } = perArticle[index]
              const active = activeStart !== null && start <= activeStart && activeStart < end
              return (
                <ArticleView
                  key={index}
                  article={article}
                  index={index}
                  current={index === current}
                  mentions={mentions}
                  activeStart={active ? activeStart : null}
                  marks={inArticle}
                  activeMark={inArticle.some((m) => m.id === activeMark) ? activeMark : null}
                />
              )
            })}
          </div>
        )}
      </div>
    </main>
  )
}
