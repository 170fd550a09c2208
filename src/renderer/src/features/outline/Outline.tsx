import { useEffect, useRef, type ReactNode } from 'react'
import type { Article } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'

interface OutlineProps {
  articles: readonly Article[]
  current: number
  onSelect: (index: number) => void
  /** Shown under the list: structure corrections that no longer apply. */
  footer?: ReactNode
}

/** The table of contents; the current article is marked and kept in view. */
export function Outline({ articles, current, onSelect, footer }: OutlineProps) {
  const { t } = useI18n()
  const list = useRef<HTMLOListElement>(null)

  useEffect(() => {
    const item = list.current?.querySelector<HTMLElement>('[aria-current="true"]')
    item?.scrollIntoView?.({ block: 'nearest' })
  }, [current])

  return (
    <nav className="pane outline" data-testid="outline" aria-label={t('outline.label')}>
      <header className="pane__header">
        <h2 className="pane__title">{t('outline.title')}</h2>
      </header>
      <ol className="outline__list" ref={list} lang="zh-CN">
        {articles.map((article, index) => (
          <li key={index}>
            <button
              type="button"
              className="outline__item"
              data-testid="outline-item"
              aria-current={index === current ? 'true' : undefined}
              data-doubt={article.doubts.length > 0 ? 'true' : undefined}
              onClick={() => onSelect(index)}
            >
              {article.doubts.length > 0 && (
                <span
                  className="outline__doubt"
                  data-testid="outline-doubt"
                  title={t('structure.check')}
                  aria-label={t('structure.check')}
                />
              )}
              {article.kicker && <span className="outline__kicker">{article.kicker.text}</span>}
              {article.title.text ? (
                <span className="outline__title">{article.title.text}</span>
              ) : (
                <span className="outline__title outline__title--untitled">
                  {excerpt(article.paragraphs[0]?.text) || t('reader.untitled')}
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
      {footer}
    </nav>
  )
}

/** The opening words of a headline-less article, for the outline. */
function excerpt(text: string | undefined): string {
  if (!text) return ''
  const chars = Array.from(text)
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : text
}
