// Parses an issue's canonical text into articles (docs/ARCHITECTURE.md, Parsing). Never throws: any
// string yields a ParsedIssue, possibly with no article, and every span satisfies `span.text ===
// text.slice(span.start, span.end)` (UTF-16 offsets).
//
// A paragraph repaired across a page/column break spans both parts; on text that has not been
// through `repairBrokenParagraphs` its `text` therefore still contains the break. `readIssue`
// repairs first, so the canonical text Gloss stores has none.

import type { ParsedIssue } from '../../../shared/model'
import { parsePlainArticles } from './articles'
import type { Break } from './draft'
import { parseLabelled } from './labelled'
import { labelledStyle } from './labelled-fields'
import { splitLines } from './lines'
import { dateFromFileName, findIsoDate, paperFromFileName, paperFromOutlet } from './paper-date'

export interface ParseOptions {
  /** The file's name, the last resort for the paper and the date. */
  fileName?: string
}

export interface DetailedParse {
  issue: ParsedIssue
  /** Text between the pieces of repaired paragraphs, in ascending order. */
  breaks: Break[]
}

export function parseIssue(text: string, options: ParseOptions = {}): ParsedIssue {
  return parseIssueDetailed(text, options).issue
}

/** `parseIssue` plus the breaks it bridged, for `repairBrokenParagraphs`. */
export function parseIssueDetailed(text: string, options: ParseOptions = {}): DetailedParse {
  try {
    return parseIssueUnguarded(text, options)
  } catch {
    // A parser bug must not lose the user's file: the caller sees an issue without articles.
    return { issue: { paper: null, date: null, articles: [] }, breaks: [] }
  }
}

/** The parser without its safety net; exported so property tests can prove it never throws. */
export function parseIssueUnguarded(text: string, options: ParseOptions = {}): DetailedParse {
  const fileName = options.fileName ?? ''
  const style = labelledStyle(text)
  if (style) {
    const parsed = parseLabelled(text, style)
    return {
      issue: {
        paper: parsed.paper ?? paperFromFileName(fileName),
        date: parsed.date ?? dateFromFileName(fileName),
        articles: parsed.articles,
      },
      breaks: sortBreaks(parsed.breaks),
    }
  }
  const plain = parsePlainArticles(text, splitLines(text))
  const paper =
    mostFrequent(plain.outlets.map(paperFromOutlet)) ??
    plain.mastheads.map((m) => /^[\u4E00-\u9FFF]{1,10}[报報]/.exec(m)?.[0]).find(Boolean) ??
    paperFromFileName(fileName)
  const date = plain.mastheads.map(findIsoDate).find(Boolean) ?? dateFromFileName(fileName)
  return {
    issue: { paper: paper ?? null, date: date ?? null, articles: plain.articles },
    breaks: sortBreaks(plain.breaks),
  }
}

function mostFrequent(values: (string | null)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v
  return best
}

function sortBreaks(breaks: Break[]): Break[] {
  return [...breaks].sort((a, b) => a.start - b.start)
}
