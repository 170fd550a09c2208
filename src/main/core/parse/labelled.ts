// Database exports with labelled fields (`【标题】…【作者】…【正文】…`, or `标题：` / `作者：` /
// `日期：` / `来源：` / `版次：` lines and the body below), one or many records a file, parsed
// into the same model as a plain issue.

import type { Article, Span } from '../../../shared/model'
import { classifyLine } from './classify'
import { matchDateline } from './dateline'
import {
  type Break,
  type DraftArticle,
  finishDraft,
  type HeadlineRole,
  newDraft,
  type Piece,
} from './draft'
import { type LabelledRecord, labelledRecords } from './labelled-fields'
import { splitLines } from './lines'
import { addBody, detectLayout } from './paragraphs'
import { findIsoDate, paperFromSource } from './paper-date'
import { parseReporters } from './reporters'

export interface LabelledParse {
  articles: Article[]
  breaks: Break[]
  paper: string | null
  date: string | null
}

export function parseLabelled(text: string, style: 'bracket' | 'line'): LabelledParse {
  const breaks: Break[] = []
  const articles: Article[] = []
  let paper: string | null = null
  let date: string | null = null
  for (const record of labelledRecords(text, style)) {
    const value = (s: Span | undefined): string => (s ? text.slice(s.start, s.end).trim() : '')
    paper ??= paperFromSource(value(record.source)) ?? null
    date ??= findIsoDate(value(record.date)) ?? findIsoDate(value(record.source))
    const draft = recordDraft(text, record)
    const article = finishDraft(text, draft, breaks)
    if (article) articles.push(article)
  }
  return { articles, breaks, paper, date }
}

function recordDraft(text: string, record: LabelledRecord): DraftArticle {
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

/** Body lines are paragraphs (repaired across breaks); headline-like lines are crossheads. */
function addRecordBody(text: string, draft: DraftArticle, body: Span): void {
  const lines = splitLines(text, body.start, body.end)
  const kinds = lines.map((l) => classifyLine(l.text))
  const layout = detectLayout(lines, kinds)
  let previous = -1
  lines.forEach((line, i) => {
    if (kinds[i] === 'noise') return
    let start = line.start
    const dateline = i === 0 ? matchDateline(line.text) : null
    if (dateline && !draft.byline) {
      draft.byline = {
        start,
        end: start + dateline.length,
        dateline: dateline.dateline,
        reporters: dateline.reporters,
      }
      start += dateline.length
      while (start < line.end && /[\s\u3000:：,，]/.test(text[start])) start++
      if (start >= line.end) return
    }
    const crosshead = kinds[i] === 'headline' || kinds[i] === 'masthead'
    addBody(text, draft, line, i, start, layout, { crosshead, previousLine: previous })
    previous = i
  })
}
