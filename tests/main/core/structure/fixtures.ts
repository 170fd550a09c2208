// Invented issues built line by line, so every span is exact by construction.
import type {
  Article,
  StructureEdit,
  StructureCorrection,
  TextSpan,
} from '../../../../src/shared/model'

export type Line = readonly [role: 'K' | 'T' | 'S' | 'B' | 'P' | 'C', text: string]

/** Joins articles' lines with blank lines and returns the text and the parsed articles. */
export function buildIssue(articles: ReadonlyArray<readonly Line[]>): {
  text: string
  articles: Article[]
} {
  let text = ''
  const out: Article[] = []
  for (const lines of articles) {
    const article: Article = {
      kicker: null,
      title: { start: 0, end: 0, text: '' },
      subtitles: [],
      byline: null,
      paragraphs: [],
      credits: [],
      page: null,
      section: null,
      doubts: [],
    }
    let titled = false
    for (const [role, line] of lines) {
      if (text) text += '\n\n'
      const span: TextSpan = { start: text.length, end: text.length + line.length, text: line }
      text += line
      if (role === 'K') article.kicker = span
      else if (role === 'T') {
        article.title = span
        titled = true
      } else if (role === 'S') article.subtitles.push(span)
      else if (role === 'B') article.byline = { ...span, dateline: null, reporters: [] }
      else if (role === 'P') article.paragraphs.push(span)
      else article.credits.push(span)
    }
    if (!titled) {
      // As the parser marks it: an empty title where the first line after the kicker starts.
      const first =
        article.subtitles[0] ?? article.byline ?? article.paragraphs[0] ?? article.credits[0]
      const at = first?.start ?? text.length
      article.title = { start: at, end: at, text: '' }
    }
    out.push(article)
  }
  return { text, articles: out }
}

/** One line per article: its parts in reading order as `K:…`, `T:…`, `S:…`, `B:…`, `P:…`, `C:…`. */
export function shapeOf(articles: readonly Article[]): string[] {
  return articles.map((a) => {
    const parts: Array<[number, string]> = []
    if (a.kicker) parts.push([a.kicker.start, `K:${a.kicker.text}`])
    parts.push([a.title.start, a.title.text ? `T:${a.title.text}` : 'T:∅'])
    for (const s of a.subtitles) parts.push([s.start, `S:${s.text}`])
    if (a.byline) parts.push([a.byline.start, `B:${a.byline.text}`])
    for (const p of a.paragraphs) parts.push([p.start, `P:${p.text}`])
    for (const c of a.credits) parts.push([c.start, `C:${c.text}`])
    return parts
      .sort((x, y) => x[0] - y[0] || (x[1] === 'T:∅' ? -1 : 0))
      .map(([, s]) => s)
      .join(' | ')
  })
}

let counter = 0

/** A stored correction for a change addressed at the line whose text starts with `opening`. */
export function correctionAt(
  text: string,
  opening: string,
  change: StructureEdit,
): StructureCorrection {
  const at = text.indexOf(opening)
  if (at < 0) throw new Error(`no line opens with ${opening}`)
  counter++
  return {
    ...change,
    at,
    id: `c${counter}`,
    quote: opening,
    createdAt: '2026-01-01T00:00:00.000Z',
  }
}
