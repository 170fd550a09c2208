// The public JSON shape of `gloss parse --json`: every offset in Unicode code points into
// `issue.text`, declared by `offsetUnit`. Later issues extend it; fields are never renamed.
import type { EntityMention, IssueMeta, ParsedIssue, TextSpan } from '../../../shared/model'
import { CodePointIndex } from '../../../shared/offsets'

export interface CodePointSpan {
  start: number
  end: number
  text: string
}

export interface ParseOutput {
  offsetUnit: 'codepoint'
  issue: Pick<IssueMeta, 'id' | 'paper' | 'date' | 'encoding'> & {
    sourceName: string
    text: string
  }
  articles: Array<{
    kicker: string | null
    title: string
    subtitles: string[]
    byline: {
      text: string
      dateline: string | null
      reporters: Array<{ name: string; role: string | null }>
    } | null
    paragraphs: CodePointSpan[]
    /** Credit lines that close the article; not body paragraphs. */
    credits: CodePointSpan[]
    /** 版次 and 版名 as the source labels them, or null. */
    page: string | null
    section: string | null
    /** Where each headline part sits, for tools that need offsets beyond the paragraphs. */
    spans: {
      kicker: CodePointSpan | null
      title: CodePointSpan
      subtitles: CodePointSpan[]
      byline: CodePointSpan | null
    }
  }>
  entities?: Array<{ type: string; start: number; end: number; text: string; source: string }>
}

export interface ParseOutputInput {
  id: string
  text: string
  encoding: IssueMeta['encoding']
  sourceName: string
  parsed: ParsedIssue
  entities?: readonly EntityMention[]
}

export function toParseOutput(input: ParseOutputInput): ParseOutput {
  const index = new CodePointIndex(input.text)
  const span = (part: TextSpan): CodePointSpan => index.spanToCodePoints(part)
  const output: ParseOutput = {
    offsetUnit: 'codepoint',
    issue: {
      id: input.id,
      paper: input.parsed.paper,
      date: input.parsed.date,
      encoding: input.encoding,
      sourceName: input.sourceName,
      text: input.text,
    },
    articles: input.parsed.articles.map((article) => ({
      kicker: article.kicker?.text ?? null,
      title: article.title.text,
      subtitles: article.subtitles.map((subtitle) => subtitle.text),
      byline: article.byline
        ? {
            text: article.byline.text,
            dateline: article.byline.dateline,
            reporters: article.byline.reporters,
          }
        : null,
      paragraphs: article.paragraphs.map(span),
      credits: article.credits.map(span),
      page: article.page,
      section: article.section,
      spans: {
        kicker: article.kicker ? span(article.kicker) : null,
        title: span(article.title),
        subtitles: article.subtitles.map(span),
        byline: article.byline ? span(article.byline) : null,
      },
    })),
  }
  if (input.entities) {
    output.entities = input.entities.map((mention) => ({
      type: mention.type,
      source: mention.source,
      ...span(mention),
    }))
  }
  return output
}
