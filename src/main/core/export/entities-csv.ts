// One CSV row per entity mention, for R and pandas.

import { toCsv } from './csv'
import type { GlossExport } from './export-format'

/** The columns of `toEntitiesCsv`, in order. `start`/`end` are code points. */
export const ENTITY_CSV_COLUMNS = [
  'issue_id',
  'paper',
  'date',
  'article_index',
  'type',
  'text',
  'source',
  'start',
  'end',
  'margin',
] as const

/** The entity mentions as RFC 4180 CSV (UTF-8 with BOM, CRLF), in export order; code points. */
export function toEntitiesCsv(exp: GlossExport): string {
  const rows = exp.issues.flatMap((issue) =>
    issue.entities.map((e) => [
      issue.id,
      issue.paper,
      issue.date,
      e.articleIndex,
      e.type,
      e.text,
      e.source,
      e.start,
      e.end,
      e.margin ?? null,
    ]),
  )
  return toCsv(ENTITY_CSV_COLUMNS, rows)
}
