// Splits a plain-text issue into articles. An article is a headline block (1–3 short lines), a
// byline (a dateline, a credit, or a name under a commentary's title), body paragraphs, and
// credit lines that close it. A short line inside a body is a crosshead unless the layout gives
// evidence that a new article starts there:
// - a byline follows it, or it is one of several stacked headline lines;
// - it carries a column tag (`（快评）`) or ends in a kicker's dash;
// - the article before it was closed by a credit;
// - a wider gap than the one between paragraphs precedes it (in files that set paragraphs
//   without blank lines, any blank line).
// A line that continues a paragraph cut mid-sentence by a page break is never a headline.

import type { Article } from '../../../shared/model'
import { describeLine, type LineInfo } from './classify'
import { type Break, type DraftArticle, finishDraft, newDraft, type Piece } from './draft'
import type { Line } from './lines'
import { addBody, detectLayout, isOpen, type Layout, SUMMARY_POINT } from './paragraphs'

export interface PlainParse {
  articles: Article[]
  breaks: Break[]
  /** Outlets named by datelines, in order (`衡阳晚报`, `本报`, `新华社`). */
  outlets: string[]
  /** Masthead lines (paper name, issue date, page header). */
  mastheads: string[]
}

/** A headline block holds at most three lines (kicker, title, subtitle); four with a dash. */
const HEADLINE_LINES = 3

export function parsePlainArticles(text: string, lines: Line[]): PlainParse {
  const infos = lines.map((l) => describeLine(l.text))
  const layout = detectLayout(
    lines,
    infos.map((i) => i.kind),
  )
  const builder = new Builder(text, lines, infos, layout)
  for (let i = 0; i < lines.length;) i = builder.step(i)
  return builder.result()
}

class Builder {
  private current: DraftArticle | null = null
  private readonly drafts: DraftArticle[] = []
  private readonly outlets: string[] = []
  private readonly mastheads: string[] = []
  /** Index of the last line that belongs to an article (noise and mastheads skipped). */
  private previous = -1
  /** Blank lines that separate articles: more than separate paragraphs in this layout. */
  private readonly articleGap: number

  constructor(
    private readonly text: string,
    private readonly lines: Line[],
    private readonly infos: LineInfo[],
    private readonly layout: Layout,
  ) {
    this.articleGap = layout === 'blank-line' ? 2 : 1
  }

  /** Consumes the line(s) at `i`; returns the next index. */
  step(i: number): number {
    const info = this.infos[i]
    switch (info.kind) {
      case 'noise':
        return i + 1
      case 'masthead':
        this.mastheads.push(this.lines[i].text)
        return i + 1
      case 'headline':
        return this.headline(i)
      case 'dateline':
        this.bylineDateline(i, this.lines[i].end)
        break
      case 'credit':
        this.credit(i)
        break
      case 'body':
        this.body(i)
        break
    }
    this.previous = i
    return i + 1
  }

  /** Whether the draft has its headline and nothing after it yet. */
  private awaitsByline(draft: DraftArticle | null): boolean {
    return draft !== null && draft.byline === null && draft.paragraphs.length === 0
  }

  private headline(i: number): number {
    const cur = this.current
    const line = this.lines[i]
    const info = this.infos[i]
    // A name under a headline is a commentary's byline; after the body, its signature.
    if (info.names && cur && cur.headline.length > 0 && this.awaitsByline(cur)) {
      cur.byline = { start: line.start, end: line.end, dateline: null, reporters: info.names }
      this.previous = i
      return i + 1
    }
    let j = i + 1
    while (j < this.lines.length && this.infos[j].kind === 'headline' && !this.infos[j].names) j++
    const bylineFollows = this.opensWithByline(j)
    const tagged = this.infos.slice(i, j).some((l) => l.columnTag)
    const wideGap = line.gapBefore >= this.articleGap
    const strong = bylineFollows || tagged || info.kicker || wideGap
    const last = cur?.paragraphs[cur.paragraphs.length - 1]
    if (cur && last && !last.crosshead && last.lastLine === this.previous) {
      // A short fragment right after a paragraph cut mid-sentence is its continuation.
      if (!strong && isOpen(this.text, last)) {
        this.addBody(cur, i, line.start, { force: true })
        return i + 1
      }
      if (info.names && j === i + 1 && !bylineFollows && this.endsArticle(j)) {
        cur.credits.push({ start: line.start, end: line.end })
        cur.moreReporters.push(...info.names)
        this.previous = i
        return i + 1
      }
    }
    const starts = cur === null || strong || j - i >= 2 || cur.closed || this.awaitsByline(cur)
    if (!starts) {
      this.addBody(cur, i, line.start, { crosshead: true })
      return i + 1
    }
    // More than three lines: earlier ones are leftovers (page headers, editor's lines), unless
    // a fourth line is a kicker leading into the block.
    let take = Math.min(j - i, HEADLINE_LINES)
    if (j - i > HEADLINE_LINES && this.infos[j - HEADLINE_LINES - 1].kicker) take++
    const pieces: Piece[] = this.lines
      .slice(j - take, j)
      .map((l) => ({ start: l.start, end: l.end }))
    this.open(newDraft(pieces))
    this.previous = j - 1
    return j
  }

  /** Whether line `j` (the line after a headline block) opens with a byline. */
  private opensWithByline(j: number): boolean {
    const next = this.infos[j]
    if (!next) return false
    return next.dateline !== null || next.roleCredit !== null || next.names !== null
  }

  /** Whether the article ends before line `j`: the text ends, or a new block starts there. */
  private endsArticle(j: number): boolean {
    const next = this.infos[j]
    return !next || next.kind === 'headline' || this.lines[j].gapBefore >= this.articleGap
  }

  /** A dateline (and its credit) that ends at `end`: the byline of a new or waiting article. */
  private bylineDateline(i: number, end: number): DraftArticle {
    const m = this.infos[i].dateline
    if (!m) throw new Error('bylineDateline needs a dateline')
    this.outlets.push(m.outlet)
    let cur = this.current
    const credited = cur?.byline && !cur.byline.dateline && cur.paragraphs.length === 0
    if (!cur || !(this.awaitsByline(cur) || credited || this.onlySummaryPoints(cur))) {
      cur = this.open(newDraft())
    }
    const earlier = cur.byline?.reporters ?? []
    if (cur.byline) cur.credits.push({ start: cur.byline.start, end: cur.byline.end })
    const start = this.lines[i].start
    cur.byline = { start, end, dateline: m.dateline, reporters: [...earlier, ...m.reporters] }
    return cur
  }

  /** Summary points (`■ …`) open some reports before the dateline: they start no new article. */
  private onlySummaryPoints(draft: DraftArticle): boolean {
    return (
      draft.byline === null &&
      draft.headline.length > 0 &&
      draft.paragraphs.length > 0 &&
      draft.paragraphs.every((p) =>
        SUMMARY_POINT.test(this.text.slice(p.pieces[0].start, p.pieces[0].end)),
      )
    )
  }

  private credit(i: number): void {
    const line = this.lines[i]
    const info = this.infos[i]
    const reporters = info.roleCredit ?? info.trailing?.reporters ?? []
    const cur = this.current ?? this.open(newDraft())
    if (this.awaitsByline(cur)) {
      cur.byline = { start: line.start, end: line.end, dateline: null, reporters }
      return
    }
    // Whether the line names who made the item, rather than adding a note to its byline.
    const names = info.roleCredit !== null || info.trailing?.role === 'byline'
    const credited = (cur.byline?.reporters.length ?? 0) > 0
    const target = credited && names ? (this.splitAtLastCrosshead(cur) ?? cur) : cur
    if (!target.byline && names && reporters.length > 0) {
      // `（记者 张三）` closing an article that had no byline is its byline.
      target.byline = { start: line.start, end: line.end, dateline: null, reporters }
      if (target.paragraphs.length > 0) target.closed = true
      return
    }
    target.credits.push({ start: line.start, end: line.end })
    if (target.byline) target.moreReporters.push(...reporters)
    if (target.paragraphs.length > 0) target.closed = true
  }

  /**
   * A credit naming who wrote an item, under an article already credited to its reporters,
   * closes another item: the last crosshead above it was that item's title, taken for a
   * crosshead because nothing under it said otherwise. Returns the item, or null.
   */
  private splitAtLastCrosshead(draft: DraftArticle): DraftArticle | null {
    let k = draft.paragraphs.length - 1
    while (k >= 0 && !draft.paragraphs[k].crosshead) k--
    if (k < 0 || k === draft.paragraphs.length - 1) return null
    const [heading, ...body] = draft.paragraphs.splice(k)
    const item = this.open(newDraft([...heading.pieces]))
    item.paragraphs = body
    item.doubts.add('boundary')
    return item
  }

  private body(i: number): void {
    const line = this.lines[i]
    const info = this.infos[i]
    if (info.dateline) {
      // `本报北京4月25日电 （记者 …）正文…`: the dateline opens a news item.
      const cur = this.bylineDateline(i, line.start + info.dateline.length)
      let start = line.start + info.dateline.length
      while (start < line.end && /[\s\u3000:：,，]/.test(this.text[start])) start++
      if (start < line.end) this.addBody(cur, i, start)
      return
    }
    let cur = this.current
    const last = cur?.paragraphs[cur.paragraphs.length - 1]
    const continues =
      last !== undefined && last.lastLine === this.previous && isOpen(this.text, last)
    if (cur && info.question && !continues && this.opensWithByline(i + 1)) {
      // `…怎么办？` with a byline under it is a title, not a crosshead.
      this.open(newDraft([{ start: line.start, end: line.end }]))
      return
    }
    if (cur && !continues && cur.paragraphs.length > 0 && line.gapBefore >= this.articleGap) {
      // A wide gap before prose: a new item without a headline of its own.
      cur = this.open(newDraft())
    }
    cur ??= this.open(newDraft())
    this.addBody(cur, i, line.start)
  }

  private addBody(
    draft: DraftArticle,
    i: number,
    start: number,
    options: { force?: boolean; crosshead?: boolean } = {},
  ): void {
    addBody(this.text, draft, this.lines[i], i, start, this.layout, {
      ...options,
      previousLine: this.previous,
    })
    draft.closed = false
    this.previous = i
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
