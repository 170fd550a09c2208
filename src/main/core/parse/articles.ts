// Splits a plain-text issue into articles. An article opens with a headline block (1–3 short
// lines), usually followed by a byline; a short line inside a body is a crosshead unless the
// layout says a new article starts (a byline follows, several headline lines, a wide gap, or
// articles here carry no bylines).

import type { Article } from '../../../shared/model'
import { classifyLine, type LineKind } from './classify'
import { matchCreditLine, matchDateline } from './dateline'
import { type Break, type DraftArticle, finishDraft, newDraft } from './draft'
import { hasKickerEnding } from './headline'
import type { Line } from './lines'
import { addBody, detectLayout, isOpen, type Layout } from './paragraphs'

export interface PlainParse {
  articles: Article[]
  breaks: Break[]
  /** Outlets named by datelines, in order (`衡阳晚报`, `本报`, `新华社`). */
  outlets: string[]
  /** Masthead lines (paper name, issue date, page header). */
  mastheads: string[]
}

/** Numbered crossheads: `一、`, `（二）`, `3.`, `第四`. */
const ENUMERATED =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、]|第[一二三四五六七八九十]+)/

export function parsePlainArticles(text: string, lines: Line[]): PlainParse {
  const kinds = lines.map((l) => classifyLine(l.text))
  const layout = detectLayout(lines, kinds)
  const state = new Builder(text, lines, kinds, layout)
  for (let i = 0; i < lines.length;) i = state.step(i)
  return state.result()
}

class Builder {
  private current: DraftArticle | null = null
  private readonly drafts: DraftArticle[] = []
  private readonly outlets: string[] = []
  private readonly mastheads: string[] = []
  /** Index of the last line that belongs to an article (noise and mastheads skipped). */
  private previous = -1

  constructor(
    private readonly text: string,
    private readonly lines: Line[],
    private readonly kinds: LineKind[],
    private readonly layout: Layout,
  ) {}

  /** Consumes the line(s) at `i`; returns the next index. */
  step(i: number): number {
    const line = this.lines[i]
    switch (this.kinds[i]) {
      case 'noise':
        return i + 1
      case 'masthead':
        this.mastheads.push(line.text)
        return i + 1
      case 'headline':
        return this.headline(i)
      case 'dateline':
        this.dateline(line)
        break
      case 'credit':
        this.credit(line)
        break
      case 'body':
        this.body(i, line)
        break
    }
    this.previous = i
    return i + 1
  }

  private headline(i: number): number {
    let j = i
    while (j < this.lines.length && this.kinds[j] === 'headline') j++
    const bylineFollows = j < this.lines.length && this.opensWithByline(j)
    const cur = this.current
    const last = cur?.paragraphs[cur.paragraphs.length - 1]
    const line = this.lines[i]
    // A short fragment right after a paragraph cut mid-sentence is its continuation.
    if (cur && last && !bylineFollows && line.gapBefore <= 1 && last.lastLine === this.previous) {
      if (!last.crosshead && isOpen(this.text, last)) {
        addBody(this.text, cur, line, i, line.start, this.layout, {
          force: true,
          previousLine: this.previous,
        })
        this.previous = i
        return i + 1
      }
    }
    const startsArticle =
      bylineFollows ||
      cur === null ||
      j - i >= 2 ||
      line.gapBefore >= 2 ||
      (cur.byline === null && !ENUMERATED.test(line.text))
    if (!startsArticle) {
      addBody(this.text, cur, line, i, line.start, this.layout, {
        crosshead: true,
        previousLine: this.previous,
      })
      this.previous = i
      return i + 1
    }
    // More than three lines: earlier ones are leftovers (page headers, editor's lines), unless
    // a fourth line is a kicker leading into the block.
    let take = Math.min(j - i, 3)
    if (j - i > 3 && hasKickerEnding(this.lines[j - 4].text)) take = 4
    this.open(newDraft(this.lines.slice(j - take, j).map((l) => ({ start: l.start, end: l.end }))))
    this.previous = j - 1
    return j
  }

  private opensWithByline(j: number): boolean {
    const kind = this.kinds[j]
    if (kind === 'dateline' || kind === 'credit') return true
    return kind === 'body' && matchDateline(this.lines[j].text) !== null
  }

  private dateline(line: Line): void {
    const m = matchDateline(line.text)
    if (!m) return
    this.outlets.push(m.outlet)
    let cur = this.current
    if (!cur || cur.paragraphs.length > 0 || cur.byline?.dateline) cur = this.open(newDraft())
    const earlier = cur.byline?.reporters ?? []
    cur.byline = {
      start: line.start,
      end: line.end,
      dateline: m.dateline,
      reporters: [...earlier, ...m.reporters],
    }
  }

  private credit(line: Line): void {
    const reporters = matchCreditLine(line.text) ?? []
    const cur = this.current ?? this.open(newDraft())
    if (cur.byline === null) {
      cur.byline = { start: line.start, end: line.end, dateline: null, reporters }
    } else if (cur.paragraphs.length === 0) {
      cur.byline.reporters = [...cur.byline.reporters, ...reporters]
    } else {
      cur.moreReporters.push(...reporters)
    }
  }

  private body(i: number, line: Line): void {
    const m = matchDateline(line.text)
    let cur = this.current
    let start = line.start
    if (m) {
      // `本报北京4月25日电 （记者 …）正文…`: the dateline opens a news item.
      this.outlets.push(m.outlet)
      if (!cur || cur.paragraphs.length > 0 || cur.byline?.dateline) cur = this.open(newDraft())
      const earlier = cur.byline?.reporters ?? []
      const end = line.start + m.length
      cur.byline = {
        start: line.start,
        end,
        dateline: m.dateline,
        reporters: [...earlier, ...m.reporters],
      }
      start = end
      while (start < line.end && /[\s\u3000:：,，]/.test(this.text[start])) start++
      if (start >= line.end) return
    }
    cur ??= this.open(newDraft())
    addBody(this.text, cur, line, i, start, this.layout, { previousLine: this.previous })
  }

  private open(draft: DraftArticle): DraftArticle {
    this.drafts.push(draft)
    this.current = draft
    return draft
  }

  result(): PlainParse {
    const breaks: Break[] = []
    const articles: Article[] = []
    for (const d of this.drafts) {
      const a = finishDraft(this.text, d, breaks)
      if (a) articles.push(a)
    }
    return { articles, breaks, outlets: this.outlets, mastheads: this.mastheads }
  }
}
