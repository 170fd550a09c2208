// A minimal RFC 4180 writer: CRLF between records, a field quoted when it holds `"`, `,`, CR or
// LF, quotes doubled. Prefixed with a UTF-8 byte order mark so Excel reads the Chinese text as
// UTF-8 (pandas `encoding='utf-8-sig'` and R `readr`/`fileEncoding='UTF-8-BOM'` drop it).
//
// Values are written as they are: no guard against spreadsheet formula injection (a leading
// `=`, `+`, `-`, `@`). Prefixing `'` would change researchers' quotes and memos for R and
// pandas, who are the audience; spreadsheet users should import the file as text.

export type CsvValue = string | number | null

const BOM = '\uFEFF'
const CRLF = '\r\n'

/** One field as RFC 4180 writes it; null is the empty field. */
export function csvField(value: CsvValue): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A whole CSV document: BOM, header, rows, every record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly CsvValue[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(',') + CRLF)
  return BOM + lines.join('')
}
