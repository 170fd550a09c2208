// The issue as one list of parts in reading order, each knowing its role and whether an article
// opens at it. Structure corrections edit this list; `fitArticle` turns a run of it back into
// the model's `Article`.
import { articleParts } from '../../../shared/article-parts'
import type { Article, Byline, StructureRole, TextSpan } from '../../../shared/model'

export interface Part {
  span: TextSpan
  role: StructureRole
  /** The parser's byline details, kept while the part stays the byline. */
  byline: Byline | null
  /** An article starts at this part. */
  opens: boolean
  /** Index of the parsed article the part came from (for page, section and doubts). */
  origin: number
  /** A correction changed the article this part is in: its parser doubts no longer hold. */
  touched: boolean
  /** The empty title of an article that has no other part, so the article is not lost. */
  placeholder: boolean
}

export const headlineRoles: ReadonlySet<StructureRole> = new Set(['kicker', 'title', 'subtitle'])
export const isBody = (role: StructureRole): boolean => !headlineRoles.has(role)

export function toParts(articles: readonly Article[]): Part[] {
  const parts: Part[] = []
  articles.forEach((article, origin) => {
    const own = articleParts(article).map(({ role, span }): Part => ({
      span,
      role,
      byline: role === 'byline' ? article.byline : null,
      opens: false,
      origin,
      touched: false,
      placeholder: false,
    }))
    if (own.length === 0) {
      own.push({
        span: article.title,
        role: 'title',
        byline: null,
        opens: false,
        origin,
        touched: false,
        placeholder: true,
      })
    }
    own[0].opens = true
    parts.push(...own)
  })
  return parts
}

/** The half-open index range `[from, to)` of the article holding part `i`. */
export function articleRange(parts: readonly Part[], i: number): [number, number] {
  let from = i
  while (from > 0 && !parts[from].opens) from--
  let to = i + 1
  while (to < parts.length && !parts[to].opens) to++
  return [from, to]
}

/** Every article as its index range, in order. */
export function articleRanges(parts: readonly Part[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (let i = 0; i < parts.length; i = ranges[ranges.length - 1][1]) {
    ranges.push(articleRange(parts, i))
  }
  return ranges
}

/**
 * Builds one article from its parts. The first title is the title (none: an empty title after
 * the leading kickers, as the parser marks an untitled article); everything before it is the
 * kicker (several lines: one span across them, so no text is lost); after it, headline roles are
 * subtitles, the first byline is the byline and later ones credits.
 */
export function fitArticle(
  text: string,
  parts: readonly Part[],
  parsed: readonly Article[],
): Article {
  let t = parts.findIndex((p) => p.role === 'title')
  let title: TextSpan
  let before: readonly Part[]
  let after: readonly Part[]
  if (t >= 0) {
    title = parts[t].span
    before = parts.slice(0, t)
    after = parts.slice(t + 1)
  } else {
    t = 0
    while (t < parts.length && parts[t].role === 'kicker') t++
    before = parts.slice(0, t)
    after = parts.slice(t)
    const at = after[0]?.span.start ?? before[before.length - 1].span.end
    title = { start: at, end: at, text: '' }
  }
  const kicker =
    before.length === 0
      ? null
      : before.length === 1
        ? before[0].span
        : slice(text, before[0].span.start, before[before.length - 1].span.end)
  const article: Article = {
    kicker,
    title,
    subtitles: [],
    byline: null,
    paragraphs: [],
    credits: [],
    page: null,
    section: null,
    doubts: [],
  }
  for (const part of after) {
    if (headlineRoles.has(part.role)) article.subtitles.push(part.span)
    else if (part.role === 'paragraph') article.paragraphs.push(part.span)
    else if (part.role === 'byline' && !article.byline)
      article.byline = part.byline ?? { ...part.span, dateline: null, reporters: [] }
    else article.credits.push(part.span)
  }
  const origin = parsed[(parts.find((p) => p.role === 'title') ?? parts[0]).origin]
  article.page = origin?.page ?? null
  article.section = origin?.section ?? null
  article.doubts = parts.some((p) => p.touched) ? [] : [...(origin?.doubts ?? [])]
  return article
}

function slice(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) }
}
