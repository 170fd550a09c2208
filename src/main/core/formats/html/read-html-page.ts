// A web page to Gloss's articles. The markup states the structure, so the canonical text and the
// articles are built together: each article's headline lines (kicker, title, subtitles, as the
// page's h3/h1/h2 or class names order them), its byline, paragraphs and closing credits, one
// block per line with a blank line between (the layout the text parser reads too). Every span
// satisfies `span.text === text.slice(start, end)` by construction.
//
// Procedure: parse (htmlparser2) → find the article regions → read each region's blocks,
// dropping scripts, styles and furniture → group blocks into articles → add the page's paper,
// date and page number. A page whose regions have no headline at all (a text file wrapped in
// `<pre>`, lines separated by `<br>`) is handed back as text for the text parser.

import { Element, type Document } from 'domhandler'
import { findOne } from 'domutils'
import { parseDocument } from 'htmlparser2'
import type { Article, Byline, ParsedIssue, TextSpan } from '../../../../shared/model'
import { blocksOf, type Block } from './blocks'
import { hanCount } from '../../text/chars'
import { contains, findArticleRegions, isBodyBlock, MAX_LINK_SHARE } from './article-regions'
import {
  datelinePaper,
  leadingDateline,
  readBylineLine,
  readMarkedByline,
  type BylineReading,
} from './byline-text'
import { isFurniture, neverText } from './page-classes'
import { pageMetadata } from './page-metadata'

export type PageReading =
  | { kind: 'articles'; text: string; parsed: ParsedIssue }
  | { kind: 'text'; text: string }
  | { kind: 'none' }

interface Draft {
  heads: Block[]
  byline: { text: string; reading: BylineReading } | null
  paragraphs: string[]
  titleRank: number
}

/** Lines that are the site's, not the article's: editors, print and close buttons. */
const SITE_LINE =
  /^(?:[（(【[]?\s*(?:责任编辑|责编|编辑|校对|审核)\s*[：:]|【?(?:打印|关闭|返回|收藏|分享到?)[】：:]?$)/
/** A line of metadata: source, publishing time, the e-paper's dateline. */
const META_LINE =
  /^(?:来源|來源|发布时间|發布時間|时间|時間|日期|发布|稿源)\s*[：:]|《[\u4E00-\u9FFF]{1,10}[报報]》\s*[（(]\s*(?:19|20)\d{2}\s*年/
/** A closing credit: `（作者为…）`, `（记者 张三）`, `（本报通讯员…参与采写）`, `■记者 …`. */
const CREDIT_WORDS = /作者|记者|記者|通讯员|通訊員|采写|採寫|整理|摄|攝|供图|供圖|编译|編譯/

export function readHtmlPage(html: string): PageReading {
  const document = parseDocument(html, { decodeEntities: true })
  const body = bodyOf(document)
  const regions = findArticleRegions(body)
  const drafts: Draft[] = []
  const metaLines: string[] = []
  const headless: Block[][] = []
  for (const region of regions) {
    const blocks = blocksOf(region, { skip: furnitureSkipper(region) })
    const found = groupArticles(blocks, metaLines)
    if (found === null) headless.push(blocks)
    else drafts.push(...found)
  }
  if (drafts.length === 0) {
    if (headless.length === 0) return { kind: 'none' }
    const text = headless
      .flat()
      .filter((b) => b.linkShare <= MAX_LINK_SHARE)
      .map((b) => b.text)
      .join('\n\n')
    return { kind: 'text', text }
  }
  const meta = pageMetadata(document, metaLines)
  const { text, articles } = buildArticles(drafts, meta.page)
  const paper = meta.paper ?? articles.map((a) => outletPaper(a.byline)).find(Boolean) ?? null
  return { kind: 'articles', text, parsed: { paper, date: meta.date, articles } }
}

/** The paper a byline's dateline names (`溪口晚报讯` → 溪口晚报), as the text parser reads it. */
function outletPaper(byline: Byline | null): string | null {
  return byline?.dateline ? datelinePaper(byline.dateline) : null
}

/** The `<body>`, or a body made around a fragment saved without one. */
function bodyOf(document: Document): Element {
  const body = findOne((el) => el.name === 'body', document.children)
  if (body) return body
  const wrapper = new Element('body', {}, document.children)
  for (const child of wrapper.children) child.parent = wrapper
  wrapper.parent = document
  document.children = [wrapper]
  return wrapper
}

/** Leaves out scripts and furniture inside a region, except furniture-named wrappers holding
 * most of its body text (`content-with-share` still holds the article). */
function furnitureSkipper(region: Element): (el: Element) => boolean {
  const all = blocksOf(region, { skip: neverText }).filter(isBodyBlock)
  const total = all.reduce((n, b) => n + hanCount(b.text), 0)
  return (el) => {
    if (neverText(el)) return true
    if (el === region || !isFurniture(el)) return false
    const inside = all
      .filter((b) => contains(el, b.element))
      .reduce((n, b) => n + hanCount(b.text), 0)
    return inside < total / 2
  }
}

function isHeadline(block: Block): boolean {
  if (block.text.length > 120) return false
  return (
    block.level !== null ||
    block.hint === 'kicker' ||
    block.hint === 'title' ||
    block.hint === 'subtitle'
  )
}

function rank(block: Block): number {
  if (block.level !== null) return block.level
  return block.hint === 'title' ? 1 : 2
}

/**
 * Groups a region's blocks into article drafts; null when the region has no headline at all.
 * A headline run starts an article; a heading ranked below the article's title inside its body
 * is a crosshead (kept as a paragraph); bylines and meta lines sit between headline and body.
 */
function groupArticles(blocks: Block[], metaLines: string[]): Draft[] | null {
  if (!blocks.some(isHeadline)) return null
  const drafts: Draft[] = []
  let heads: Block[] = []
  let current: Draft | null = null
  const start = (): Draft => {
    const draft: Draft = {
      heads,
      byline: null,
      paragraphs: [],
      titleRank: Math.min(...heads.map(rank)),
    }
    drafts.push(draft)
    heads = []
    return draft
  }
  for (const block of blocks) {
    if (isHeadline(block)) {
      if (current !== null && current.paragraphs.length > 0 && heads.length === 0) {
        if (rank(block) > current.titleRank) {
          current.paragraphs.push(block.text) // a crosshead inside the body
          continue
        }
        current = null
      }
      // A byline set as a heading under the title (older e-paper pages print it in `<h4>`).
      const headline = current !== null && heads.length === 0 ? current.heads : heads
      const asByline = headline.length > 0 ? readBylineLine(block.text) : null
      if (asByline) {
        if (heads.length > 0) current = start()
        if (current && current.byline === null)
          current.byline = { text: block.text, reading: asByline }
        continue
      }
      // A headline line after the byline but before the body still belongs to the headline.
      if (current !== null && heads.length === 0) current.heads.push(block)
      else heads.push(block)
      continue
    }
    if (heads.length > 0) current = start()
    if (current === null) continue // before the first headline: breadcrumbs, dates
    const { text } = block
    if (SITE_LINE.test(text) || block.linkShare > MAX_LINK_SHARE) continue
    const beforeBody = current.paragraphs.length === 0
    if (block.hint === 'byline' || block.hint === 'meta') {
      const reading = block.hint === 'byline' ? readMarkedByline(text) : readBylineLine(text)
      if (beforeBody && current.byline === null && reading) {
        current.byline = { text, reading }
      } else if (!beforeBody && isCredit(text)) {
        current.paragraphs.push(text)
      } else metaLines.push(text)
      continue
    }
    if (META_LINE.test(text)) {
      metaLines.push(text)
      continue
    }
    if (beforeBody && current.byline === null) {
      const reading = readBylineLine(text)
      if (reading) {
        current.byline = { text, reading }
        continue
      }
    }
    current.paragraphs.push(text)
  }
  return drafts.filter((d) => d.paragraphs.length > 0)
}

function isCredit(text: string): boolean {
  if (text.length > 60) return false
  if (/^[（(].*[)）]$/.test(text)) return readBylineLine(text) !== null || CREDIT_WORDS.test(text)
  return /^■\s*(?:记者|記者|作者|通讯员|摄影|图)/.test(text)
}

/** Writes the drafts into one canonical text, blank-line layout, spans as it goes. */
function buildArticles(
  drafts: Draft[],
  page: string | null,
): { text: string; articles: Article[] } {
  let text = ''
  const put = (piece: string): TextSpan => {
    if (text.length > 0) text += '\n\n'
    const start = text.length
    text += piece
    return { start, end: text.length, text: piece }
  }
  const articles = drafts.map((draft): Article => {
    const roles = headlineRoles(draft.heads)
    const kicker = roles.kicker ? put(roles.kicker.text) : null
    const title = put(roles.title.text)
    const subtitles = roles.subtitles.map((b) => put(b.text))
    let byline: Byline | null = draft.byline
      ? { ...put(draft.byline.text), ...draft.byline.reading }
      : null
    const body = [...draft.paragraphs]
    const credits: string[] = []
    while (body.length > 1 && isCredit(body[body.length - 1])) credits.unshift(body.pop() as string)
    const paragraphs: TextSpan[] = []
    body.forEach((paragraph, i) => {
      const dateline = i === 0 && byline === null ? leadingDateline(paragraph) : null
      if (!dateline) {
        paragraphs.push(put(paragraph))
        return
      }
      // The dateline is the byline; the paragraph is what follows it, as the text parser reads it.
      const whole = put(paragraph)
      const rest = paragraph.slice(dateline.length)
      const gap = rest.length - rest.trimStart().length
      byline = {
        start: whole.start,
        end: whole.start + dateline.length,
        text: paragraph.slice(0, dateline.length),
        ...dateline.reading,
      }
      paragraphs.push({
        start: whole.start + dateline.length + gap,
        end: whole.end,
        text: rest.slice(gap),
      })
    })
    return {
      kicker,
      title,
      subtitles,
      byline,
      paragraphs,
      credits: credits.map(put),
      page,
      section: null,
      doubts: roles.doubt ? ['title'] : [],
    }
  })
  return { text, articles }
}

interface HeadlineRoles {
  kicker: Block | null
  title: Block
  subtitles: Block[]
  /** Two lines of the same rank could each be the title. */
  doubt: boolean
}

/** Kicker, title and subtitles of a headline run: the class names when they say, else the
 * highest-ranked heading is the title, the line just above it the kicker, those below it
 * subtitles (People's Daily pages: h3 kicker, h1 title, h2 subtitle). */
function headlineRoles(heads: Block[]): HeadlineRoles {
  const named = heads.findIndex((b) => b.hint === 'title')
  const best = Math.min(...heads.map(rank))
  const index = named >= 0 ? named : heads.findIndex((b) => rank(b) === best)
  const title = heads[index]
  const before = heads.slice(0, index).filter((b) => b.hint !== 'subtitle')
  const after = heads.slice(index + 1).filter((b) => b.hint !== 'kicker')
  const kicker =
    heads.find((b) => b.hint === 'kicker' && b !== title) ?? before[before.length - 1] ?? null
  const subtitles = [...heads.slice(0, index).filter((b) => b.hint === 'subtitle'), ...after]
  const doubt = named < 0 && heads.filter((b) => rank(b) === best).length > 1
  return { kicker, title, subtitles, doubt }
}
