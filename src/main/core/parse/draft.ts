// Articles under construction, and how they become the model's `Article`. A paragraph is built
// from pieces (lines); more than one piece means a page/column break or a hard wrap was repaired,
// and the text between pieces is a `Break` that `repairBrokenParagraphs` removes.

import type { Article, Byline, Reporter, StructureDoubt, TextSpan } from '../../../shared/model'
import { trailingCreditStart } from './dateline'
import { assignHeadline, type Headline } from './headline'

export interface Piece {
  start: number
  end: number
}

export interface DraftParagraph {
  pieces: Piece[]
  /** A crosshead (小标题) kept as a paragraph: never joined to the next line. */
  crosshead: boolean
  /** Index of the source line of the last piece, so joins only bridge adjacent lines. */
  lastLine: number
}

export type HeadlineRole = 'kicker' | 'title' | 'subtitle'

export interface DraftArticle {
  headline: Piece[]
  /** The part each headline line plays when labels say so; else inferred from the layout. */
  headlineRoles?: HeadlineRole[]
  byline: Omit<Byline, 'text'> | null
  /** Reporters credited elsewhere (a trailing credit after a dateline byline). */
  moreReporters: Reporter[]
  paragraphs: DraftParagraph[]
  /** Credit lines, in reading order (trailing credits, further byline lines). */
  credits: Piece[]
  /** A credit after the body closed the article: what follows more likely starts another. */
  closed: boolean
  doubts: Set<StructureDoubt>
}

/** The text between two pieces of one paragraph, removed by page-break repair. */
export interface Break {
  start: number
  end: number
  /** What replaces it: nothing between Han characters, a space between two Latin words. */
  replacement: string
}

export function newDraft(headline: Piece[] = []): DraftArticle {
  return {
    headline,
    byline: null,
    moreReporters: [],
    paragraphs: [],
    credits: [],
    closed: false,
    doubts: new Set(),
  }
}

export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) }
}

/** Turns a draft into an Article, or null when it holds nothing. Collects its breaks. */
export function finishDraft(text: string, draft: DraftArticle, breaks: Break[]): Article | null {
  splitTrailingCredit(text, draft)
  const paragraphs = draft.paragraphs.filter((p) => p.pieces.length > 0)
  if (draft.headline.length === 0 && paragraphs.length === 0 && !draft.byline) return null
  const headlineSpans = draft.headline.map((p) => span(text, p.start, p.end))
  // An article without a headline (a 简讯 item, a body-only file) has an empty title at its start.
  const first = draft.byline?.start ?? paragraphs[0]?.pieces[0].start ?? 0
  const doubts = new Set(draft.doubts)
  let head: Headline
  if (headlineSpans.length === 0) {
    head = { kicker: null, title: span(text, first, first), subtitles: [] }
    doubts.add('untitled')
  } else if (draft.headlineRoles) {
    head = byRoles(headlineSpans, draft.headlineRoles)
  } else {
    const { unsure, ...assigned } = assignHeadline(headlineSpans)
    head = assigned
    if (unsure) doubts.add('title')
  }
  let byline: Byline | null = null
  if (draft.byline) {
    // A closing credit often repeats the byline's names: each person is credited once.
    const known = new Set(draft.byline.reporters.map((r) => r.name))
    const more = draft.moreReporters.filter((r) => !known.has(r.name) && known.add(r.name))
    const reporters = [...draft.byline.reporters, ...more]
    byline = { ...span(text, draft.byline.start, draft.byline.end), ...draft.byline, reporters }
  }
  const out: TextSpan[] = []
  for (const p of paragraphs) {
    for (let k = 1; k < p.pieces.length; k++) {
      const [gapStart, gapEnd] = [p.pieces[k - 1].end, p.pieces[k].start]
      // Repair cuts layout whitespace only: a gap holding anything else (a stray line of
      // punctuation) stays in the text, inside the paragraph's span.
      if (/^[\s\u3000]*$/.test(text.slice(gapStart, gapEnd)))
        breaks.push(breakBetween(text, gapStart, gapEnd))
    }
    out.push(span(text, p.pieces[0].start, p.pieces[p.pieces.length - 1].end))
  }
  return {
    ...head,
    byline,
    paragraphs: out,
    credits: [...draft.credits]
      .sort((a, b) => a.start - b.start)
      .map((c) => span(text, c.start, c.end)),
    page: null,
    section: null,
    doubts: [...doubts],
  }
}

function byRoles(spans: TextSpan[], roles: HeadlineRole[]): Headline {
  const title = spans[roles.indexOf('title')]
  const kicker = roles.indexOf('kicker')
  return {
    kicker: kicker >= 0 ? spans[kicker] : null,
    title,
    subtitles: spans.filter((_, i) => roles[i] === 'subtitle'),
  }
}

function breakBetween(text: string, start: number, end: number): Break {
  const latin = /[A-Za-z0-9]/
  const replacement = latin.test(text[start - 1] ?? '') && latin.test(text[end] ?? '') ? ' ' : ''
  return { start, end, replacement }
}

/** `…发展。（记者 张三）` at the end of the last paragraph is a credit, not body text. */
function splitTrailingCredit(text: string, draft: DraftArticle): void {
  const last = draft.paragraphs[draft.paragraphs.length - 1]
  if (!last || last.crosshead) return
  const piece = last.pieces[last.pieces.length - 1]
  const credit = trailingCreditStart(text.slice(piece.start, piece.end))
  if (!credit) return
  const creditStart = piece.start + credit.start
  const creditEnd = piece.end
  let end = creditStart
  while (end > piece.start && /[\s\u3000]/.test(text[end - 1])) end--
  if (end === piece.start) return
  piece.end = end
  if (draft.byline) {
    draft.moreReporters.push(...credit.reporters)
    draft.credits.push({ start: creditStart, end: creditEnd })
  } else
    draft.byline = {
      start: creditStart,
      end: creditEnd,
      dateline: null,
      reporters: credit.reporters,
    }
}
