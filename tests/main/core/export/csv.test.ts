import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ANNOTATION_CSV_COLUMNS,
  buildGlossExport,
  ENTITY_CSV_COLUMNS,
  toAnnotationsCsv,
  toEntitiesCsv,
} from '../../../../src/main/core/export'
import { csvField, toCsv } from '../../../../src/main/core/export/csv'
import { sliceCodePoints } from './export-helpers'
import { exportInput, ISSUE_ID } from './fixtures'

const exp = buildGlossExport(exportInput())
const text = exp.issues[0].text

/** Parses as pandas/R would: the BOM dropped, a header row, CRLF records, quoted fields. */
function readCsv(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, record_delimiter: '\r\n', relax_quotes: false })
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['中文', '中文'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+1', '=1+1'],
    [null, ''],
    [42, '42'],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field)
  })
})

describe('toCsv', () => {
  it('reads back any fields through csv-parse unchanged', () => {
    const unit = fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n', '中', '𠀀', ' ', '=', "'")
    const field = fc.string({ unit, maxLength: 12 })
    fc.assert(
      fc.property(fc.array(fc.tuple(field, field, field), { maxLength: 6 }), (rows) => {
        const csv = toCsv(['a', 'b', 'c'], rows)
        const back = readCsv(csv).map((r) => [r.a, r.b, r.c])
        expect(back).toEqual(rows)
      }),
    )
  })
})

describe('toAnnotationsCsv', () => {
  const csv = toAnnotationsCsv(exp)
  const rows = readCsv(csv)

  it('starts with a UTF-8 BOM, ends every record with CRLF, and has the documented header', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(ANNOTATION_CSV_COLUMNS.join(','))
    // Every bare LF sits inside a quoted memo or context field, never between records.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '')
    expect(outsideQuotes).not.toMatch(/[^\r]\n/)
  })

  it('has one row per annotation and theme, and one themeless row for an untagged annotation', () => {
    expect(rows.map((r) => [r.annotation_id, r.theme_id])).toEqual([
      ['a-visit', 'economy'],
      ['a-growth', 'gdp-targets'],
      ['a-growth', 'employment'],
      ['a-note', ''],
      ['a-ecology', 'ecology'],
    ])
    const note = rows.find((r) => r.annotation_id === 'a-note')
    expect(note).toMatchObject({ theme_zh: '', theme_path_zh: '', theme_path_en: '' })
  })

  it('reads back the same values: quotes, commas, newlines, CRLF in memos, formulas untouched', () => {
    for (const row of rows) {
      const a = exp.issues[0].annotations.find((x) => x.id === row.annotation_id)
      expect(a).toBeDefined()
      if (!a) continue
      expect(row).toMatchObject({
        issue_id: ISSUE_ID,
        paper: '晨报',
        date: '2023-04-26',
        article_index: String(a.articleIndex),
        quote: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
        memo: a.memo,
        author: a.author,
        created_at: a.createdAt,
        updated_at: a.updatedAt,
        anchor: 'anchored',
        start: String(a.start),
        end: String(a.end),
      })
      expect(sliceCodePoints(text, Number(row.start), Number(row.end))).toBe(row.quote)
    }
    const growth = rows.find((r) => r.annotation_id === 'a-growth')
    expect(growth?.memo).toBe('He said "双过半", then, finally\nline two\r\nand "more"')
    expect(rows.find((r) => r.annotation_id === 'a-note')?.memo).toMatch(/^=1\+1, a note/)
  })

  it('writes theme paths root first, in Chinese and in English', () => {
    expect(rows[1]).toMatchObject({
      theme_zh: '增长目标',
      theme_en: 'Growth targets',
      theme_path_zh: '经济 > 经济发展 > 增长目标',
      theme_path_en: 'Economy > Economic growth > Growth targets',
      article_title: '𠀀城旧区更新稳步推进',
    })
  })

  it('writes only the header for an export without annotations', () => {
    const empty = toAnnotationsCsv(buildGlossExport(exportInput({ themeFilter: [] })))
    expect(empty).toBe(`\uFEFF${ANNOTATION_CSV_COLUMNS.join(',')}\r\n`)
  })
})

describe('toEntitiesCsv', () => {
  const csv = toEntitiesCsv(exp)
  const rows = readCsv(csv)

  it('has a BOM, the header and one row per mention, in code points', () => {
    expect(csv.startsWith(`\uFEFF${ENTITY_CSV_COLUMNS.join(',')}\r\n`)).toBe(true)
    expect(rows).toHaveLength(exp.issues[0].entities.length)
    for (const row of rows) {
      expect(sliceCodePoints(text, Number(row.start), Number(row.end))).toBe(row.text)
      expect(row.issue_id).toBe(ISSUE_ID)
    }
    expect(rows.find((r) => r.text === '“双过半”')).toMatchObject({
      type: 'term',
      source: 'rule',
      article_index: '0',
    })
  })
})
