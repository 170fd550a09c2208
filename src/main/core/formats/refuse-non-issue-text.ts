// Decoded text that is data, not an issue: JSON (a Gloss export among it) and delimited tables
// (CSV/TSV). Judged from the content; the name only lowers the bar for a table, since a
// `.csv` file with two columns is a table even if it has two rows.

import { parse } from 'csv-parse/sync'
import { unsupportedFile } from './issue-format'

/** Throws GlossError `file-unsupported` when `text` is JSON or a delimited table. */
export function refuseNonIssueText(text: string, fileName: string): void {
  const json = jsonKind(text)
  if (json === 'gloss-export') {
    throw unsupportedFile(
      fileName,
      'a Gloss export',
      'Merge it with “Import a colleague’s export…” in the export dialog instead.',
    )
  }
  if (json === 'gloss-codebook') {
    throw unsupportedFile(fileName, 'a Gloss codebook', 'Import it in the themes panel instead.')
  }
  if (json) throw unsupportedFile(fileName, 'a JSON file')
  const table = tableKind(text, fileName)
  if (table) {
    throw unsupportedFile(
      fileName,
      `a ${table} table`,
      'Save the articles as plain text or as a Word document.',
    )
  }
}

function jsonKind(text: string): 'gloss-export' | 'gloss-codebook' | 'json' | null {
  const trimmed = text.trim()
  if (!/^[[{]/.test(trimmed)) return null
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const format = (value as { format?: unknown }).format
  if (format === 'gloss-export' || format === 'gloss-codebook') return format
  return 'json'
}

const DELIMITERS: [string, string][] = [
  [',', 'CSV'],
  ['\t', 'tab-separated'],
  [';', 'CSV'],
]
const ROWS_TO_CHECK = 20

/**
 * A table: every one of the first rows (at least three) splits into the same number of fields,
 * two or more, quotes respected. Newspaper text with half-width commas fails this at once: its
 * lines have any number of commas, and headlines none. A `.csv`/`.tsv` file needs only a first
 * row of two fields.
 */
function tableKind(text: string, fileName: string): string | null {
  const sample = sampleLines(text)
  const named = /\.(csv|tsv)$/i.test(fileName)
  for (const [delimiter, name] of DELIMITERS) {
    const rows = parseRows(sample, delimiter)
    if (!rows || rows.length === 0) continue
    const width = rows[0].length
    if (width < 2) continue
    if (named) return name
    if (rows.length >= 3 && rows.every((row) => row.length === width)) return name
  }
  return null
}

/** Enough of the file for the first rows; `to` stops the parser before a cut-off field. */
function sampleLines(text: string): string {
  return text.slice(0, 64 * 1024)
}

function parseRows(sample: string, delimiter: string): string[][] | null {
  try {
    return parse(sample, {
      delimiter,
      to: ROWS_TO_CHECK,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][]
  } catch {
    return null
  }
}
