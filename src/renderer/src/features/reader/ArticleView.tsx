import { memo } from 'react'
import { useI18n } from '../../i18n/i18n'
import { articleStart } from '../../../../shared/article-parts'
import type { Article, EntityMention, StructureRole, TextSpan } from '../../../../shared/model'
import type { Mark } from '../annotations/mark-layout'
import { TextRuns } from './TextRuns'

interface ArticleViewProps {
  article: Article
  index: number
  current: boolean
  /** The mentions inside this article (a stable array per article, so memo holds). */
  mentions: readonly EntityMention[]
  /** Start of the stepped-to mention when it is in this article, else null. */
  activeStart: number | null
  /** The annotation marks inside this article (a stable array per article). */
  marks?: readonly Mark[]
  /** The annotation open in the editor when it is in this article, else null. */
  activeMark?: string | null
}

const doubtKey = {
  title: 'structure.doubt.title',
  untitled: 'structure.doubt.untitled',
  boundary: 'structure.doubt.boundary',
} as const

export function articleDomId(index: number): string {
  return `article-${index + 1}`
}

/** `data-start`/`data-end`: the part's canonical offsets (see selection-offsets.ts);
 * `data-part-role`: what the part plays, for the structure control (none on an empty title). */
function spanAttrs(part: TextSpan, role: StructureRole) {
  return {
    'data-start': part.start,
    'data-end': part.end,
    ...(part.end > part.start ? { 'data-part-role': role } : {}),
  }
}

/** One article: 引题 / 主题 / 副题 as an <hgroup>, then the byline and the body. */
export const ArticleView = memo(function ArticleView({
  article,
  index,
  current,
  mentions,
  activeStart,
  marks,
  activeMark,
}: ArticleViewProps) {
  const { t } = useI18n()
  const untitled = t('reader.untitled')
  const id = articleDomId(index)
  const runs = (part: TextSpan) => (
    <TextRuns
      part={part}
      mentions={mentions}
      activeStart={activeStart}
      marks={marks}
      activeMark={activeMark}
    />
  )
  return (
    <article
      className={`article${current ? ' article--current' : ''}`}
      data-testid="article"
      data-article-index={index}
      data-article-start={articleStart(article)}
      id={id}
      aria-labelledby={`${id}-title`}
    >
      {article.doubts.length > 0 && (
        <p
          className="article__doubt"
          data-testid="structure-doubt"
          title={article.doubts.map((d) => t(doubtKey[d])).join(' ')}
        >
          {t('structure.check')}
        </p>
      )}
      <hgroup className="article__headline">
        {article.kicker && (
          <p
            className="article__kicker"
            data-testid="article-kicker"
            {...spanAttrs(article.kicker, 'kicker')}
          >
            {runs(article.kicker)}
          </p>
        )}
        {/* A wire item may have no headline: the heading stays (navigation focuses it) and shows
            a placeholder drawn by CSS, so no character enters the text or its offsets. */}
        <h2
          className={`article__title${article.title.text ? '' : ' article__title--untitled'}`}
          data-untitled-label={untitled}
          id={`${id}-title`}
          data-testid="article-title"
          tabIndex={-1}
          {...spanAttrs(article.title, 'title')}
        >
          {runs(article.title)}
        </h2>
        {article.subtitles.map((subtitle) => (
          <p
            className="article__subtitle"
            data-testid="article-subtitle"
            key={subtitle.start}
            {...spanAttrs(subtitle, 'subtitle')}
          >
            {runs(subtitle)}
          </p>
        ))}
      </hgroup>
      {article.byline && (
        <p
          className="article__byline"
          data-testid="article-byline"
          {...spanAttrs(article.byline, 'byline')}
        >
          {runs(article.byline)}
        </p>
      )}
      <div className="article__body">
        {article.paragraphs.map((paragraph) => (
          <p
            className="paragraph"
            data-testid="paragraph"
            key={paragraph.start}
            {...spanAttrs(paragraph, 'paragraph')}
          >
            {runs(paragraph)}
          </p>
        ))}
      </div>
      {article.credits.map((credit) => (
        <p
          className="article__credit"
          data-testid="article-credit"
          key={credit.start}
          {...spanAttrs(credit, 'credit')}
        >
          {runs(credit)}
        </p>
      ))}
    </article>
  )
})
