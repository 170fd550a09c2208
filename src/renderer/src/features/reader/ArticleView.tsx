import { memo } from 'react'
import type { Article } from '../../../../shared/model'

interface ArticleViewProps {
  article: Article
  index: number
  current: boolean
}

export function articleDomId(index: number): string {
  return `article-${index + 1}`
}

/** One article: 引题 / 主题 / 副题 as an <hgroup>, then the byline and the body. */
export const ArticleView = memo(function ArticleView({
  article,
  index,
  current,
}: ArticleViewProps) {
  const id = articleDomId(index)
  return (
    <article
      className={`article${current ? ' article--current' : ''}`}
      data-testid="article"
      data-article-index={index}
      id={id}
      aria-labelledby={`${id}-title`}
    >
      <hgroup className="article__headline">
        {article.kicker && (
          <p className="article__kicker" data-testid="article-kicker">
            {article.kicker.text}
          </p>
        )}
        <h2 className="article__title" id={`${id}-title`} data-testid="article-title" tabIndex={-1}>
          {article.title.text}
        </h2>
        {article.subtitles.map((subtitle) => (
          <p className="article__subtitle" data-testid="article-subtitle" key={subtitle.start}>
            {subtitle.text}
          </p>
        ))}
      </hgroup>
      {article.byline && (
        <p className="article__byline" data-testid="article-byline">
          {article.byline.text}
        </p>
      )}
      <div className="article__body">
        {article.paragraphs.map((paragraph) => (
          <p className="paragraph" data-testid="paragraph" key={paragraph.start}>
            {paragraph.text}
          </p>
        ))}
      </div>
    </article>
  )
})
