// Where the articles are on a page. Pages mark them up in one of two ways: `<article>` elements,
// or a container of body paragraphs (`div#ozoom`, `div.content`, `td.text`) under a headline. So:
// every outermost `<article>` that holds body text is a region; otherwise the container whose
// paragraphs hold the most body text wins (scored as Readability does: a paragraph counts fully
// for its parent and half for its grandparent), is widened to take in the headline above it,
// and its siblings of the same shape (a page listing several stories) join it. Everything
// outside the regions — masthead, navigation, side columns, footer — is never read.

import type { Element } from 'domhandler'
import { isTag } from 'domhandler'
import { findAll, getParent } from 'domutils'
import { hanCount } from '../../text/chars'
import { blocksOf, type Block } from './blocks'
import { isFurniture, neverText } from './page-classes'

/** A paragraph this long (in Han characters) is body text, not a caption or a button. */
const MIN_BODY_HAN = 10
/** More than this share of link text makes a block a list of links. */
export const MAX_LINK_SHARE = 0.5
/** How far above the body container its headline may sit. */
const MAX_CLIMB = 3

export function isBodyBlock(block: Block): boolean {
  return (
    block.level === null &&
    block.linkShare <= MAX_LINK_SHARE &&
    hanCount(block.text) >= MIN_BODY_HAN
  )
}

export function isHeadingElement(element: Element): boolean {
  return /^h[1-4]$/.test(element.name)
}

/** The regions holding articles, in document order; empty when the page has no body text. */
export function findArticleRegions(body: Element): Element[] {
  const all = blocksOf(body, { skip: neverText })
  const articles = findAll((el) => el.name === 'article', body.children).filter(
    (el) =>
      !hasAncestor(el, (a) => a.name === 'article') &&
      all.some((b) => isBodyBlock(b) && contains(el, b.element)),
  )
  if (articles.length > 0) return articles.map((el) => widenToHeadline(el, all, body))
  const bodyBlocks = all.filter(isBodyBlock)
  // Furniture-like names on a page's own wrapper (`content-sidebar-wrap`) must not hide it all.
  const best = bestContainer(bodyBlocks, body, true) ?? bestContainer(bodyBlocks, body, false)
  if (!best) return []
  const region = widenToHeadline(best, all, body)
  return withSiblingsOfSameShape(region, all)
}

function bestContainer(bodyBlocks: Block[], body: Element, skipFurniture: boolean): Element | null {
  const scores = new Map<Element, number>()
  const add = (el: Element | null, score: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + score)
  }
  for (const block of bodyBlocks) {
    if (skipFurniture && hasAncestor(block.element, isFurniture)) continue
    const weight = hanCount(block.text)
    // A `<p>` credits the container it sits in; a bare block of text is its own container.
    const container =
      block.element.name === 'p' || block.element.name === 'li'
        ? parentElement(block.element)
        : block.element
    add(container, weight)
    add(container ? parentElement(container) : null, weight / 2)
  }
  let best: Element | null = null
  let bestScore = 0
  for (const [el, score] of scores) {
    if (el === body && scores.size > 1) continue
    if (score > bestScore) {
      best = el
      bestScore = score
    }
  }
  return best
}

/** The container, or its nearest ancestor (up to `MAX_CLIMB` levels) that has a headline above
 * the body text. */
function widenToHeadline(container: Element, all: Block[], body: Element): Element {
  // Blocks are in document order, so "above the body text" is "earlier in `all`".
  const firstBody = all.findIndex((b) => isBodyBlock(b) && contains(container, b.element))
  if (firstBody < 0) return container
  let candidate: Element | null = container
  for (let i = 0; candidate && i <= MAX_CLIMB; i++) {
    const scope: Element = candidate
    const headline = all
      .slice(0, firstBody)
      .some(
        (b) =>
          ((b.level !== null && b.level <= 4) || b.hint === 'title') &&
          contains(scope, b.element) &&
          !hasAncestor(b.element, isFurniture, scope),
      )
    if (headline) return scope
    if (scope === body) break
    candidate = parentElement(scope)
  }
  return container
}

/** Siblings with the region's tag and class that also hold a headline and body text. */
function withSiblingsOfSameShape(region: Element, all: Block[]): Element[] {
  const parent = parentElement(region)
  if (!parent) return [region]
  const shape = (el: Element) => `${el.name}.${el.attribs.class ?? ''}`
  const siblings = parent.children.filter(
    (node): node is Element =>
      isTag(node) &&
      shape(node) === shape(region) &&
      all.some((b) => isBodyBlock(b) && contains(node, b.element)) &&
      all.some((b) => (b.level !== null || b.hint === 'title') && contains(node, b.element)),
  )
  return siblings.includes(region) ? siblings : [region]
}

export function contains(ancestor: Element, node: Element): boolean {
  for (let n: Element | null = node; n; n = parentElement(n)) if (n === ancestor) return true
  return false
}

export function hasAncestor(el: Element, test: (el: Element) => boolean, stop?: Element): boolean {
  for (let n = parentElement(el); n && n !== stop; n = parentElement(n)) if (test(n)) return true
  return test(el)
}

function parentElement(el: Element): Element | null {
  const parent = getParent(el)
  return parent && isTag(parent) ? parent : null
}
