// A database export often holds a month, or several papers: one record an article, each with
// its own paper and date. An issue is one paper on one day, so such a file becomes one issue
// per paper and date (a monthly export must not become one undated 800-article issue).

import { parseLabelled } from './labelled'
import { labelledStyle } from './labelled-fields'

export interface IssuePart {
  /** The text of this issue alone: its records, in file order, a blank line between them. */
  text: string
  paper: string | null
  date: string | null
  /** How many records (articles) it holds. */
  records: number
}

/**
 * The issues a text holds. A plain text, or an export whose records all name the same paper
 * and date (or none), is one issue and comes back whole, unchanged; otherwise one part per
 * paper and date, in the order each first appears. A record that names neither goes with the
 * record before it (the first such records, with the first that names one).
 */
export function splitIntoIssues(text: string): IssuePart[] {
  const style = labelledStyle(text)
  if (!style) return [whole(text)]
  const { records } = parseLabelled(text, style)
  const starts = records.map((r) => r.start)
  const groups = new Map<string, { paper: string | null; date: string | null; texts: string[] }>()
  const keyOf = (r: { paper: string | null; date: string | null }): string | null =>
    r.paper || r.date ? `${r.paper ?? ''}\u0000${r.date ?? ''}` : null
  // Records before the first that names a paper or date go with that first one.
  let key = records.map(keyOf).find((k) => k !== null) ?? ''
  records.forEach((record, i) => {
    key = keyOf(record) ?? key
    const end = i + 1 < starts.length ? starts[i + 1] : text.length
    const recordText = text.slice(record.start, end).replace(/\s+$/, '')
    let group = groups.get(key)
    if (!group) {
      const named = records.find((r) => keyOf(r) === key) ?? record
      group = { paper: named.paper, date: named.date, texts: [] }
      groups.set(key, group)
    }
    group.texts.push(recordText)
  })
  if (groups.size <= 1) return [whole(text, records.length)]
  return [...groups.values()].map((g) => ({
    text: `${g.texts.join('\n\n')}\n`,
    paper: g.paper,
    date: g.date,
    records: g.texts.length,
  }))
}

function whole(text: string, records = 0): IssuePart {
  return { text, paper: null, date: null, records }
}
