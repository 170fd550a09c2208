// Database exports with labelled fields (`【标题】…【作者】…【正文】…`, or `标题：` / `作者：` /
// `日期：` / `来源：` / `版次：` lines and the body below), one or many records a file, parsed
// into the same model as a plain issue. One record is one article: its fields bind to their own
// record, whichever fields a variant prints (all of them, empty ones too; only filled ones; all
// header fields on one line; `正文` alone or followed directly by text).

import type { Article, Span } from '../../../shared/model'
import { describeLine } from './classify'
import { matchDateline } from './dateline'
import {
  type Break,
  type DraftArticle,
  finishDraft,
  type HeadlineRole,
  newDraft,
  type Piece,
} from './draft'
import { type LabelledFields, labelledRecords } from './labelled-fields'
import { splitLines } from './lines'
import { addBody, detectLayout, isOpen } from './paragraphs'
import { findIsoDate, paperFromSource } from './paper-date'
import { parseReporters } from './reporters'

export interface LabelledArticle {
  article: Article
  /** What the record itself says of its paper and date (a monthly export holds many). */
  paper: string | null
  date: string | null
  /** Where the record starts in the text. */
  start: number
}

export interface LabelledParse {
  articles: Article[]
  /** The articles with their records' paper, date and place in the text. */
  records: LabelledArticle[]
  breaks: Break[]
  /** The first paper and date the records name. */
  paper: string | null
  date: string | null
}

export function parseLabelled(text: string, style: 'bracket' | 'line'): LabelledParse {
  const breaks: Break[] = []
  const records: LabelledArticle[] = []
  for (const { fields, start } of labelledRecords(text, style)) {
    const value = (s: Span | undefined): string => (s ? text.slice(s.start, s.end).trim() : '')
    const draft = recordDraft(text, fields)
    const article = finishDraft(text, draft, breaks)
    if (!article) continue
    const { page, section } = pageAndSection(value(fields.page), value(fields.section))
    records.push({
      article: { ...article, page, section },
      paper: paperFromSource(value(fields.source)),
      date: findIsoDate(value(fields.date)) ?? findIsoDate(value(fields.source)),
      start,
    })
  }
  return {
    articles: records.map((r) => r.article),
    records,
    breaks,
    paper: records.find((r) => r.paper)?.paper ?? null,
    date: records.find((r) => r.date)?.date ?? null,
  }
}

/** A page number as exports print it: `第01版`, `A02版`, `02`, `第3版`. */
const PAGE = /^(第?[A-Za-z]?\d{1,3}(?:版|版面)?)(?:[\s\u3000:：·-]+(.*))?$/

/**
 * The page and section of a record. `版面：第01版 要闻` prints both in one field, and `版面` or
 * `版名` may hold a page number only: the value decides which it is.
 */
export function pageAndSection(
  pageValue: string,
  sectionValue: string,
): { page: string | null; section: string | null } {
  let page = pageValue || null
  let section = sectionValue || null
  const fromPage = page ? PAGE.exec(page) : null
  if (fromPage?.[2]) {
    page = fromPage[1]
    section ??= fromPage[2].trim() || null
  }
  const fromSection = section ? PAGE.exec(section) : null
  if (fromSection) {
    page ??= fromSection[1]
    section = fromSection[2]?.trim() || null
  }
  return { page, section }
}

function recordDraft(text: string, record: LabelledFields): DraftArticle {
  const headline: Piece[] = []
  const roles: HeadlineRole[] = []
  for (const key of ['kicker', 'title', 'subtitle'] as const) {
    const s = record[key]
    if (s) {
      for (const l of splitLines(text, s.start, s.end)) {
        headline.push({ start: l.start, end: l.end })
        roles.push(key)
      }
    }
  }
  const draft = newDraft(headline)
  // The labels say which line is which, unless a title field holds several lines.
  if (roles.filter((r) => r === 'title').length === 1) draft.headlineRoles = roles
  const author = record.author
    ? splitLines(text, record.author.start, record.author.end)[0]
    : undefined
  if (author) {
    const reporters = parseReporters(author.text, false) ?? []
    draft.byline = { start: author.start, end: author.end, dateline: null, reporters }
  }
  if (record.body) addRecordBody(text, draft, record.body)
  return draft
}

/**
 * Body lines are paragraphs (repaired across breaks); headline-like lines are crossheads; a
 * dateline opens the first paragraph; credit lines after the body close the article.
 */
function addRecordBody(text: string, draft: DraftArticle, body: Span): void {
  const lines = splitLines(text, body.start, body.end)
  const infos = lines.map((l) => describeLine(l.text))
  const layout = detectLayout(
    lines,
    infos.map((i) => i.kind),
  )
  let previous = -1
  lines.forEach((line, i) => {
    const info = infos[i]
    if (info.kind === 'noise') return
    let start = line.start
    // With an author field, the byline is that field and the dateline stays in the text.
    const dateline = i === 0 && !draft.byline ? matchDateline(line.text) : null
    if (dateline) {
      const end = start + dateline.length
      draft.byline = { start, end, dateline: dateline.dateline, reporters: dateline.reporters }
      start = end
      while (start < line.end && /[\s\u3000:：,，]/.test(text[start])) start++
      if (start >= line.end) return
    }
    const last = draft.paragraphs[draft.paragraphs.length - 1]
    const continues = last !== undefined && previous === i - 1 && isOpen(text, last)
    const closing = info.kind === 'credit' || (info.names !== null && i === lines.length - 1)
    if (closing && !continues && draft.paragraphs.length > 0) {
      draft.credits.push({ start: line.start, end: line.end })
      draft.moreReporters.push(...(info.roleCredit ?? info.trailing?.reporters ?? info.names ?? []))
      return
    }
    const crosshead = info.kind === 'headline' || info.kind === 'masthead'
    addBody(text, draft, line, i, start, layout, { crosshead, previousLine: previous })
    previous = i
  })
}
