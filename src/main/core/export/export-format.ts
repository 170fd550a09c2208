// The annotated JSON export ("gloss-export", schemaVersion 1), as TypeScript types. The published
// JSON Schema (`schemas/gloss-export.schema.json`) says the same; keep the two in step.
//
// Units: every `start`/`end` in these types counts Unicode CODE POINTS into the issue's `text`,
// half-open `[start, end)`: Python `text[start:end]`, R `substr(text, start + 1, end)` and
// JavaScript `Array.from(text).slice(start, end).join('')` give the span's text.

import type { EntitySource, EntityType, Reporter, TextEncoding } from '../../../shared/model'

export const GLOSS_EXPORT_FORMAT = 'gloss-export'
export const GLOSS_EXPORT_SCHEMA_VERSION = 1

/** A span of the issue text, in code points; invariant: `text` is exactly that slice. */
export interface ExportSpan {
  start: number
  end: number
  text: string
}

export interface ExportByline extends ExportSpan {
  dateline: string | null
  reporters: Reporter[]
}

export interface ExportArticle {
  /** 0-based position of the article in its issue. */
  index: number
  kicker: ExportSpan | null
  title: ExportSpan
  subtitles: ExportSpan[]
  byline: ExportByline | null
  paragraphs: ExportSpan[]
  /** Credit lines that close the article (`（记者 张三）`, `（作者为…）`); not body text. */
  credits: ExportSpan[]
  /** 版次 as the source labels it (`第01版`), or null. */
  page: string | null
  /** 版名 / 版面 as the source labels it (`要闻`), or null. */
  section: string | null
  /** Code points: the smallest range covering every part of the article. */
  start: number
  end: number
}

export interface ExportEntity extends ExportSpan {
  type: EntityType
  source: EntitySource
  /** The article whose range holds `start`, or null (between articles). */
  articleIndex: number | null
  /** The trained tagger's confidence margin, for its mentions only. */
  margin?: number
}

export interface ThemeName {
  zh: string
  en: string
}

/** A theme as an annotation cites it; `name` is null when the codebook no longer has it. */
export interface ExportThemeRef {
  id: string
  name: ThemeName | null
}

export interface ExportAnnotation {
  id: string
  /** Code points; for an `orphan` annotation the last known place, which may not hold `exact`. */
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  themes: ExportThemeRef[]
  memo: string
  author: string
  createdAt: string
  updatedAt: string
  anchor: 'anchored' | 'orphan'
  /** The article whose range holds `start`, or null. */
  articleIndex: number | null
}

export interface ExportIssue {
  /** sha-256 (hex, lowercase) of `text` encoded as UTF-8. */
  id: string
  paper: string | null
  date: string | null
  sourceName: string
  encoding: TextEncoding
  importedAt: string
  /** Length of `text` in code points. */
  charCount: number
  text: string
  articles: ExportArticle[]
  entities: ExportEntity[]
  annotations: ExportAnnotation[]
}

export interface ExportTheme {
  id: string
  name: ThemeName
  parentId: string | null
  colour: string
  description: ThemeName
  /** Theme ids from the root down to this theme (itself last). */
  path: string[]
}

export interface GlossExport {
  format: typeof GLOSS_EXPORT_FORMAT
  schemaVersion: typeof GLOSS_EXPORT_SCHEMA_VERSION
  offsetUnit: 'codepoint'
  app: { name: 'Gloss'; version: string }
  /** ISO 8601 timestamp. */
  exportedAt: string
  /** The theme filter the export was made with; null when every annotation is included. */
  filter: { themes: string[] } | null
  codebook: { themes: ExportTheme[] }
  issues: ExportIssue[]
}
