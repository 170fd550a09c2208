// An article as the lines it is made of, each with the part it plays, in reading order. Both the
// structure corrections (main) and the reader's structure menu (renderer) address parts this way.
import type { Article, StructureRole, TextSpan } from './model'

export interface ArticlePart {
  role: StructureRole
  span: TextSpan
}

/** The article's non-empty parts sorted by start (an untitled article's empty title is left out). */
export function articleParts(article: Article): ArticlePart[] {
  const parts: ArticlePart[] = []
  const add = (role: StructureRole, span: TextSpan | null) => {
    if (span && span.end > span.start) parts.push({ role, span })
  }
  add('kicker', article.kicker)
  add('title', article.title)
  for (const s of article.subtitles) add('subtitle', s)
  add('byline', article.byline)
  for (const p of article.paragraphs) add('paragraph', p)
  for (const c of article.credits) add('credit', c)
  return parts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}

/** Where an article begins: the start of its first part (or of its empty title). */
export function articleStart(article: Article): number {
  return articleParts(article)[0]?.span.start ?? article.title.start
}
