// One issue converted for export: every UTF-16 offset becomes a code-point offset.

import type {
  Annotation,
  Article,
  EntityMention,
  IssueDocument,
  TextSpan,
} from '../../../shared/model'
import { CodePointIndex } from '../../../shared/offsets'
import type {
  ExportAnnotation,
  ExportArticle,
  ExportEntity,
  ExportIssue,
  ExportSpan,
  ExportTheme,
} from './export-format'
import { themeRef } from './export-themes'

export interface IssueExportInput {
  document: IssueDocument
  entities: EntityMention[]
  annotations: Annotation[]
}

/**
 * The issue as the export carries it: offsets in code points, entities and annotations sorted
 * by position (then id), each tagged with the article that holds its start.
 */
export function exportIssue(
  { document, entities, annotations }: IssueExportInput,
  themesById: Map<string, ExportTheme>,
): ExportIssue {
  const index = new CodePointIndex(document.text)
  const span = (s: TextSpan): ExportSpan => index.spanToCodePoints(s)
  const articles = document.articles.map((a, i) => exportArticle(a, i, span))
  const articleAt = (cp: number): number | null =>
    articles.find((a) => a.start <= cp && cp < a.end)?.index ?? null

  const exportedEntities: ExportEntity[] = entities.map((e) => {
    const s = span(e)
    return {
      type: e.type,
      ...s,
      source: e.source,
      articleIndex: articleAt(s.start),
      ...(e.margin !== undefined && { margin: e.margin }),
    }
  })
  const exportedAnnotations: ExportAnnotation[] = annotations.map((a) => {
    const start = index.toCodePoint(a.selector.start)
    return {
      id: a.id,
      start,
      end: index.toCodePoint(a.selector.end),
      exact: a.selector.exact,
      prefix: a.selector.prefix,
      suffix: a.selector.suffix,
      themes: a.themeIds.map((id) => themeRef(id, themesById)),
      memo: a.memo,
      author: a.author,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      anchor: a.anchor,
      articleIndex: articleAt(start),
    }
  })
  const { meta } = document
  return {
    id: meta.id,
    paper: meta.paper,
    date: meta.date,
    sourceName: meta.sourceName,
    encoding: meta.encoding,
    importedAt: meta.importedAt,
    charCount: index.codePointLength,
    text: document.text,
    articles,
    entities: exportedEntities.sort(
      (a, b) => a.start - b.start || a.end - b.end || compare(a.type, b.type),
    ),
    annotations: exportedAnnotations.sort(
      (a, b) => a.start - b.start || a.end - b.end || compare(a.id, b.id),
    ),
  }
}

function exportArticle(
  article: Article,
  index: number,
  span: (s: TextSpan) => ExportSpan,
): ExportArticle {
  const kicker = article.kicker && span(article.kicker)
  const title = span(article.title)
  const subtitles = article.subtitles.map(span)
  const byline = article.byline && {
    ...span(article.byline),
    dateline: article.byline.dateline,
    reporters: article.byline.reporters.map((r) => ({ name: r.name, role: r.role })),
  }
  const paragraphs = article.paragraphs.map(span)
  const credits = article.credits.map(span)
  const parts = [kicker, title, ...subtitles, byline, ...paragraphs, ...credits].filter(
    (p) => p !== null,
  )
  return {
    index,
    kicker,
    title,
    subtitles,
    byline,
    paragraphs,
    credits,
    page: article.page,
    section: article.section,
    start: Math.min(...parts.map((p) => p.start)),
    end: Math.max(...parts.map((p) => p.end)),
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
