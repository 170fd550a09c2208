// Finds the labelled fields of a database export, in either style, grouped into records. A
// record ends where a field it already has starts again (`【标题】` of the next article).

import type { Span } from '../../../shared/model'
import { type FieldKey, fieldKey, LABEL_NAMES } from './labels'

export type LabelledFields = Partial<Record<FieldKey, Span>>

export interface LabelledRecord {
  fields: LabelledFields
  /** Where the record's first label starts: records tile the text from here. */
  start: number
}

/** `【标题】`: a bracketed label anywhere. */
const BRACKET = /【([^【】\n]{1,8})】/g

/** `标题：` at the start of a line (optionally indented). */
const LINE_LABEL = new RegExp(`^[ \\t\\u3000]*(${LABEL_NAMES.join('|')})[ \\t\\u3000]*[：:]`, 'gm')

/** Which style `text` uses, or null when it is not a labelled export. */
export function labelledStyle(text: string): 'bracket' | 'line' | null {
  let known = 0
  for (const m of text.matchAll(BRACKET)) if (fieldKey(m[1])) if (++known >= 2) return 'bracket'
  const keys = new Set<FieldKey>()
  for (const m of text.matchAll(LINE_LABEL)) keys.add(fieldKey(m[1]) as FieldKey)
  return keys.has('title') && keys.size >= 2 ? 'line' : null
}

interface Label {
  key: FieldKey
  /** Where the label starts and its value starts. */
  start: number
  valueStart: number
}

function findLabels(text: string, style: 'bracket' | 'line'): Label[] {
  const out: Label[] = []
  for (const m of text.matchAll(style === 'bracket' ? BRACKET : LINE_LABEL)) {
    const key = fieldKey(m[1])
    if (key) out.push({ key, start: m.index, valueStart: m.index + m[0].length })
  }
  return out
}

/**
 * Records with each field's value span (untrimmed). In `line` style a value is the rest of its
 * line, except the body, which runs on: after an explicit `正文：` or the first unlabelled line
 * below the header. Once a body has begun only the next record's `标题：` ends it, so a body
 * line such as `时间：上午9点` stays body text.
 */
export function labelledRecords(text: string, style: 'bracket' | 'line'): LabelledRecord[] {
  const records: LabelledRecord[] = []
  let record: LabelledFields = {}
  let recordStart = -1
  let open: Label | null = null
  const lineEnd = (from: number): number => {
    const eol = text.indexOf('\n', from)
    return eol < 0 ? text.length : eol
  }
  const hasText = (from: number, to: number): boolean =>
    from < to && text.slice(from, to).trim() !== ''
  const bodyBegun = (until: number): boolean => {
    if (record.body || open?.key === 'body') return true
    return style === 'line' && open !== null && hasText(lineEnd(open.valueStart) + 1, until)
  }
  const close = (until: number): void => {
    if (!open) return
    if (style === 'bracket' || open.key === 'body') {
      record[open.key] = { start: open.valueStart, end: until }
    } else {
      const eol = lineEnd(open.valueStart)
      record[open.key] = { start: open.valueStart, end: Math.min(eol, until) }
      if (!record.body && hasText(eol + 1, until)) record.body = { start: eol + 1, end: until }
    }
    open = null
  }
  for (const label of findLabels(text, style)) {
    const repeated = label.key in record || label.key === open?.key
    if (style === 'line' && label.key !== 'title' && bodyBegun(label.start)) continue
    close(label.start)
    if (repeated) {
      records.push({ fields: record, start: recordStart })
      record = {}
      recordStart = -1
    }
    if (recordStart < 0) recordStart = label.start
    open = label
  }
  close(text.length)
  if (Object.keys(record).length > 0) records.push({ fields: record, start: recordStart })
  return records
}
