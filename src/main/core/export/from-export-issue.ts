// An exported issue back into Gloss's model: code-point offsets become UTF-16 indices again.

import type {
  Annotation,
  Article,
  EntityMention,
  IssueDocument,
  TextSpan,
} from '../../../shared/model'
import { CodePointIndex } from '../../../shared/offsets'
import type { ExportArticle, ExportIssue, ExportSpan } from './export-format'

export interface ImportedIssue {
  /** The issue with UTF-16 offsets; `sourcePath` is null (exports never carry paths). */
  document: IssueDocument
  /** Its annotations, UTF-16 offsets, each keeping its id, author and timestamps. */
  annotations: Annotation[]
  /** Its entity mentions, UTF-16 offsets (Gloss normally recomputes these). */
  entities: EntityMention[]
}

/** Converts one exported issue (code points) back to the app's model (UTF-16 indices). */
export function fromExportIssue(issue: ExportIssue): ImportedIssue {
  const index = new CodePointIndex(issue.text)
  const span = (s: ExportSpan): TextSpan => index.spanToUtf16(s)
  const document: IssueDocument = {
    meta: {
      id: issue.id,
      paper: issue.paper,
      date: issue.date,
      encoding: issue.encoding,
      sourceName: issue.sourceName,
      sourcePath: null,
      importedAt: issue.importedAt,
      articleCount: issue.articles.length,
      charCount: index.codePointLength,
    },
    text: issue.text,
    articles: issue.articles.map((a) => toArticle(a, span)),
  }
  const annotations: Annotation[] = issue.annotations.map((a) => ({
    id: a.id,
    issueId: issue.id,
    selector: {
      start: index.toUtf16(a.start),
      end: index.toUtf16(a.end),
      exact: a.exact,
      prefix: a.prefix,
      suffix: a.suffix,
    },
    themeIds: a.themes.map((t) => t.id),
    memo: a.memo,
    author: a.author,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    anchor: a.anchor,
  }))
  const entities: EntityMention[] = issue.entities.map((e) => ({
    type: e.type,
    ...span(e),
    source: e.source,
    ...(e.margin !== undefined && { margin: e.margin }),
  }))
  return { document, annotations, entities }
}

function toArticle(a: ExportArticle, span: (s: ExportSpan) => TextSpan): Article {
  return {
    kicker: a.kicker && span(a.kicker),
    title: span(a.title),
    subtitles: a.subtitles.map(span),
    byline: a.byline && {
      ...span(a.byline),
      dateline: a.byline.dateline,
      reporters: a.byline.reporters.map((r) => ({ name: r.name, role: r.role })),
    },
    paragraphs: a.paragraphs.map(span),
    // Exports written before credits, page and section existed do not have them.
    credits: (a.credits ?? []).map(span),
    page: a.page ?? null,
    section: a.section ?? null,
    doubts: [],
  }
}
