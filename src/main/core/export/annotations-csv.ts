// One CSV row per annotation × theme, for R and pandas.

import { type CsvValue, toCsv } from './csv'
import type { ExportAnnotation, ExportIssue, ExportTheme, GlossExport } from './export-format'

/** The columns of `toAnnotationsCsv`, in order. `start`/`end` are code points. */
export const ANNOTATION_CSV_COLUMNS = [
  'issue_id',
  'paper',
  'date',
  'article_index',
  'article_title',
  'article_page',
  'article_section',
  'annotation_id',
  'theme_id',
  'theme_zh',
  'theme_en',
  'theme_path_zh',
  'theme_path_en',
  'quote',
  'prefix',
  'suffix',
  'memo',
  'author',
  'created_at',
  'updated_at',
  'anchor',
  'start',
  'end',
] as const

/** Separator between theme names in `theme_path_zh` / `theme_path_en` (root first). */
export const THEME_PATH_SEPARATOR = ' > '

/**
 * The annotations as RFC 4180 CSV (UTF-8 with BOM, CRLF): one row per annotation and theme, in
 * export order; an annotation without a theme gets one row with empty theme columns. Offsets are
 * code points. Values are not altered against formula injection (see `csv.ts`).
 */
export function toAnnotationsCsv(exp: GlossExport): string {
  const themesById = new Map(exp.codebook.themes.map((t) => [t.id, t]))
  const rows: CsvValue[][] = []
  for (const issue of exp.issues) {
    for (const annotation of issue.annotations) {
      const themeIds = annotation.themes.length > 0 ? annotation.themes.map((t) => t.id) : [null]
      for (const themeId of themeIds) {
        rows.push(annotationRow(issue, annotation, themeId, themesById))
      }
    }
  }
  return toCsv(ANNOTATION_CSV_COLUMNS, rows)
}

function annotationRow(
  issue: ExportIssue,
  a: ExportAnnotation,
  themeId: string | null,
  themesById: Map<string, ExportTheme>,
): CsvValue[] {
  const ref = a.themes.find((t) => t.id === themeId)
  const path = (themeId && themesById.get(themeId)?.path) || []
  const pathNames = (lang: 'zh' | 'en'): string | null =>
    path.length === 0
      ? null
      : path.map((id) => themesById.get(id)?.name[lang] ?? id).join(THEME_PATH_SEPARATOR)
  const article = a.articleIndex === null ? null : issue.articles[a.articleIndex]
  return [
    issue.id,
    issue.paper,
    issue.date,
    a.articleIndex,
    article ? article.title.text : null,
    article?.page ?? null,
    article?.section ?? null,
    a.id,
    themeId,
    ref?.name?.zh ?? null,
    ref?.name?.en ?? null,
    pathNames('zh'),
    pathNames('en'),
    a.exact,
    a.prefix,
    a.suffix,
    a.memo,
    a.author,
    a.createdAt,
    a.updatedAt,
    a.anchor,
    a.start,
    a.end,
  ]
}
