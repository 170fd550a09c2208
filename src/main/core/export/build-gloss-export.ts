// The annotated JSON export of a set of issues: the whole library, a selection or one issue.

import type { Codebook } from '../../../shared/model'
import { GLOSS_EXPORT_FORMAT, GLOSS_EXPORT_SCHEMA_VERSION, type GlossExport } from './export-format'
import { type IssueExportInput, exportIssue } from './export-issue'
import { exportThemes } from './export-themes'

export interface ExportInput {
  /** Gloss's version, recorded in `app.version`. */
  appVersion: string
  /** ISO 8601 timestamp of the export (the caller's clock, so exports are reproducible). */
  exportedAt: string
  codebook: Codebook
  /** The issues in scope, in the order they should appear; offsets in UTF-16 as the app keeps them. */
  issues: IssueExportInput[]
  /** When given, keep only annotations tagged with at least one of these theme ids (exact ids). */
  themeFilter?: string[]
}

/**
 * Builds the `gloss-export` document (schemaVersion 1). Every offset is converted from UTF-16
 * to Unicode code points (`offsetUnit: 'codepoint'`). Issues stay in scope even when the theme
 * filter leaves them no annotation; the whole codebook is always included.
 */
export function buildGlossExport(input: ExportInput): GlossExport {
  const themes = exportThemes(input.codebook)
  const themesById = new Map(themes.map((t) => [t.id, t]))
  const filter = input.themeFilter ? new Set(input.themeFilter) : null
  const issues = input.issues.map((issue) =>
    exportIssue(
      filter
        ? {
            ...issue,
            annotations: issue.annotations.filter((a) => a.themeIds.some((id) => filter.has(id))),
          }
        : issue,
      themesById,
    ),
  )
  return {
    format: GLOSS_EXPORT_FORMAT,
    schemaVersion: GLOSS_EXPORT_SCHEMA_VERSION,
    offsetUnit: 'codepoint',
    app: { name: 'Gloss', version: input.appVersion },
    exportedAt: input.exportedAt,
    filter: filter ? { themes: [...filter] } : null,
    codebook: { themes },
    issues,
  }
}
