// The paper, date and page a web page states about itself: `<meta>` tags (publishdate,
// article:published_time, og:site_name, source), the `<title>` (`标题--人民日报`), and the
// e-paper's dateline block (`《人民日报》（2025年01月10日 第 01 版）`). Only values that read
// as a paper's name (ending in 报) are taken as the paper: a portal (`人民网`) is not one.

import type { Document } from 'domhandler'
import { findAll, textContent } from 'domutils'
import { findIsoDate } from '../../parse/paper-date'

const DATE_KEYS = [
  'publishdate',
  'pubdate',
  'publish_date',
  'publishtime',
  'publish-date',
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'dc.date',
  'dc.date.issued',
  'date',
]
const PAPER_KEYS = [
  'source',
  'og:site_name',
  'application-name',
  'sitename',
  'site_name',
  'publisher',
]

/** A whole value that is a paper's name: Han characters ending in 报/報. */
const PAPER = /^[\u4E00-\u9FFF]{1,10}[报報]$/
/** The e-paper's own dateline: the paper in 《》, the date, the page. */
const EPAPER_LINE =
  /《\s*([\u4E00-\u9FFF]{1,10}[报報])\s*》\s*[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第\s*([A-Z]?\d{1,3})\s*版)?/
const PAGE = /第\s*([A-Z]?\d{1,3})\s*版/
/** `来源：溪口晚报` in a page's info line. */
const SOURCE_LINE = /(?:来源|來源|稿源)\s*[：:]\s*([\u4E00-\u9FFF]{1,10}[报報])(?![\u4E00-\u9FFF])/

export interface PageMetadata {
  paper: string | null
  date: string | null
  /** `第01版` when the page prints its page number. */
  page: string | null
}

/** Reads the page's metadata; `lines` are the texts of the regions' meta blocks. */
export function pageMetadata(document: Document, lines: readonly string[]): PageMetadata {
  const metas = new Map<string, string>()
  for (const meta of findAll((el) => el.name === 'meta', document.children)) {
    const key = (
      meta.attribs.name ??
      meta.attribs.property ??
      meta.attribs.itemprop ??
      ''
    ).toLowerCase()
    const value = meta.attribs.content?.trim()
    if (key && value && !metas.has(key)) metas.set(key, value)
  }
  const title = findAll((el) => el.name === 'title', document.children)[0]
  const titleText = title ? textContent(title).trim() : ''
  const epaper = lines.map((line) => EPAPER_LINE.exec(line)).find((m) => m !== null) ?? null

  const paper =
    epaper?.[1] ??
    lines.map((line) => SOURCE_LINE.exec(line)?.[1]).find(Boolean) ??
    PAPER_KEYS.map((key) => metas.get(key)?.trim()).find((v) => v !== undefined && PAPER.test(v)) ??
    titleText
      .split(/\s*(?:--|—|–|-|_|\||｜|·)\s*/)
      .slice(1)
      .find((part) => PAPER.test(part)) ??
    null

  const timeElements = findAll((el) => el.name === 'time', document.children)
  const date =
    DATE_KEYS.map((key) => findIsoDate(metas.get(key) ?? '')).find(Boolean) ??
    (epaper ? findIsoDate(epaper[2]) : null) ??
    lines.map(findIsoDate).find(Boolean) ??
    timeElements.map((el) => findIsoDate(el.attribs.datetime ?? textContent(el))).find(Boolean) ??
    null

  const pageNumber = epaper?.[3] ?? lines.map((line) => PAGE.exec(line)?.[1]).find(Boolean)
  return { paper, date, page: pageNumber ? `第${pageNumber}版` : null }
}
