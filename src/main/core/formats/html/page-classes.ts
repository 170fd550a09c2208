// What a page's markup says about an element besides its tag: class and id names. Sites name
// their furniture (`share-box`, `commentList`, `sidebar`) and their headline parts
// (`article-title`, `sub_title`, `author`, `info`) in a handful of recurring ways; the names are
// compared lower-cased with `-` and `_` removed, so `sub_title`, `subTitle` and `subtitle` agree.

import type { Element } from 'domhandler'

/** Tags that never hold article text. */
const NEVER_TEXT = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'math',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'map',
  'audio',
  'video',
  'figure',
])

/** Tags that hold page furniture: navigation, side columns, site footers. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu'])

/** Parts of names that only furniture has. */
const FURNITURE_PARTS = [
  'share',
  'comment',
  'sidebar',
  'breadcrumb',
  'crumb',
  'footer',
  'copyright',
  'advert',
  'qrcode',
  'erweima',
  'recommend',
  'pagination',
  'related',
  'toolbar',
  'navbar',
  'topnav',
  'subnav',
  'menu',
  'banner',
  'login',
  'search',
  'gotop',
  'backtop',
]

/** Whole names that only furniture has (as parts they occur in content names too). */
const FURNITURE_NAMES = new Set([
  'nav',
  'ad',
  'ads',
  'foot',
  'hot',
  'rank',
  'tag',
  'tags',
  'pager',
  'print',
  'header',
  'head',
  'top',
  'topbar',
  'bottom',
  'edit',
  'editor',
])

export type ElementHint = 'kicker' | 'title' | 'subtitle' | 'byline' | 'meta'

export function classNames(element: Element): string[] {
  const raw = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`
  return raw
    .split(/\s+/)
    .filter((name) => name.length > 0)
    .map((name) => name.toLowerCase().replace(/[-_]/g, ''))
}

export function neverText(element: Element): boolean {
  if (NEVER_TEXT.has(element.name)) return true
  if ('hidden' in element.attribs || element.attribs['aria-hidden'] === 'true') return true
  return /display\s*:\s*none/i.test(element.attribs.style ?? '')
}

/** Navigation, share buttons, comments, side columns, site headers and footers. */
export function isFurniture(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.name)) return true
  return classNames(element).some(
    (name) => FURNITURE_NAMES.has(name) || FURNITURE_PARTS.some((part) => name.includes(part)),
  )
}

/** The headline part or meta block an element's names announce, or null. */
export function elementHint(element: Element): ElementHint | null {
  for (const name of classNames(element)) {
    if (name.includes('list') || name.includes('nav')) continue
    if (/^(kicker|yinti|introtitle|pretitle|uptitle|toptitle|overtitle)$/.test(name))
      return 'kicker'
    if (/^(subtitle|subtit|subhead|subheadline|futi|deck)$/.test(name) || /^sub.*title$/.test(name))
      return 'subtitle'
    if (/(title|headline)$/.test(name) || name === 'tit' || name === 'biaoti') return 'title'
    if (/author|byline|writer|reporter|zuozhe/.test(name)) return 'byline'
    if (/^(info|meta|sec|source|from|date|time|pubtime|laiyuan|attr)$/.test(name)) return 'meta'
    if (/(info|meta|source|pubtime|publish|date)$/.test(name)) return 'meta'
  }
  return null
}
