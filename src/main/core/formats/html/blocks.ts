// A DOM subtree as the blocks a reader sees, in document order: each heading, paragraph, list
// item, table cell or `<br>`-separated line becomes one block of text, with what the markup says
// about it (heading level, class hint, how much of it is link text). Inline markup (`<b>`,
// `<span>`, `<a>`) stays inside its block.

import type { ChildNode, Element, ParentNode } from 'domhandler'
import { isTag, isText } from 'domhandler'
import { canonicalizeText } from '../../text/canonical-text'
import { elementHint, type ElementHint } from './page-classes'

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

/** Hints that hold for everything inside the element (a headline hint names a leaf only). */
const INHERITED: ReadonlySet<ElementHint> = new Set(['byline', 'meta'])

export interface Block {
  /** The block's text: whitespace collapsed as a browser renders it, trimmed (see `preserveSpace`). */
  text: string
  /** The element holding the text: the heading, paragraph, cell or other block. */
  element: Element
  /** 1–6 inside `<h1>`–`<h6>`, else null. */
  level: number | null
  hint: ElementHint | null
  /** Share of the text's characters inside links: navigation lists are nearly all link. */
  linkShare: number
  /** Inside `<pre>`: lines were laid out by hand. */
  pre: boolean
}

export interface BlockOptions {
  /** Subtrees to leave out entirely (scripts, furniture). */
  skip: (element: Element) => boolean
  /**
   * Keep spaces as they are in the source (a Word document's text is literal, and padded names
   * like `王  明` are part of the record) instead of collapsing them as HTML rendering does.
   */
  preserveSpace?: boolean
}

interface Context {
  element: Element
  level: number | null
  hint: ElementHint | null
  inLink: boolean
  pre: boolean
}

export function blocksOf(root: ParentNode & Element, options: BlockOptions): Block[] {
  const blocks: Block[] = []
  let parts: string[] = []
  let linked = 0
  let owner: Context | null = null

  const flush = () => {
    const raw = parts.join('')
    const total = raw.length
    const text = clean(raw, options.preserveSpace === true || owner?.pre === true)
    if (owner && text.length > 0) {
      blocks.push({
        text,
        element: owner.element,
        level: owner.level,
        hint: owner.hint,
        linkShare: total > 0 ? linked / total : 0,
        pre: owner.pre,
      })
    }
    parts = []
    linked = 0
    owner = null
  }

  const visit = (nodes: ChildNode[], context: Context) => {
    for (const node of nodes) {
      if (isText(node)) {
        if (node.data.length === 0) continue
        owner ??= context
        parts.push(node.data)
        if (context.inLink) linked += node.data.length
        continue
      }
      if (!isTag(node) || options.skip(node)) continue
      if (node.name === 'br') {
        if (context.pre) parts.push('\n')
        else flush()
        continue
      }
      const heading = /^h([1-6])$/.exec(node.name)
      const hint = elementHint(node)
      const isBlock = BLOCK_TAGS.has(node.name) || heading !== null || hint !== null
      if (!isBlock) {
        visit(node.children, { ...context, inLink: context.inLink || node.name === 'a' })
        continue
      }
      flush()
      const childHint = hint ?? (context.hint && INHERITED.has(context.hint) ? context.hint : null)
      visit(node.children, {
        element: node,
        level: heading ? Number(heading[1]) : context.level,
        hint: childHint,
        inLink: context.inLink,
        pre: context.pre || node.name === 'pre',
      })
      flush()
    }
  }

  const level = /^h([1-6])$/.exec(root.name)
  visit(root.children, {
    element: root,
    level: level ? Number(level[1]) : null,
    hint: elementHint(root),
    inLink: false,
    pre: root.name === 'pre',
  })
  flush()
  return blocks
}

/** Rendered whitespace: runs of spaces and line breaks are one space; a no-break space is a
 * space that stays; the text is trimmed of spaces and U+3000 indents, which are layout here. */
function clean(raw: string, literal: boolean): string {
  const text = canonicalizeText(raw)
  if (literal) return text.replace(/^\n+|\n+$/g, '')
  return text
    .replace(/[ \t\n\f\r]+/g, ' ')
    .replace(/\u00A0/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
}
