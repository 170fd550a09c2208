// Maps DOM positions in the reader back to canonical-text offsets.
//
// The reader's markup contract: every element that directly holds issue text carries
// `data-start`, the UTF-16 offset in `IssueDocument.text` of its first character, and its text
// is exactly the canonical text from there (no added characters, no generated content).
// For a text node, the closest ancestor with `data-start` is its run; text nodes outside any
// run (none today) are ignored. Part elements (title, paragraph…) also carry `data-start` and
// `data-end`; the runs inside them carry their own, so the innermost one wins.
import type { Span } from '../../../../shared/model'

interface TextPiece {
  node: Text
  start: number
}

/** Canonical offset of a text node's first character, or null when it is outside any run. */
function textNodeStart(node: Text): number | null {
  const run = node.parentElement?.closest<HTMLElement>('[data-start]')
  if (!run) return null
  let offset = Number(run.dataset.start)
  const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode())
    offset += (n as Text).data.length
  return offset
}

function pieces(root: Element): TextPiece[] {
  const out: TextPiece[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const start = textNodeStart(n as Text)
    if (start !== null && (n as Text).data.length > 0) out.push({ node: n as Text, start })
  }
  return out
}

/** -1, 0 or 1 as the point (a, aOffset) is before, equal to or after (b, bOffset). */
function comparePoints(a: Node, aOffset: number, b: Node, bOffset: number): number {
  const range = document.createRange()
  range.setStart(b, bOffset)
  return range.comparePoint(a, aOffset)
}

/** A boundary point as a canonical offset: for a start, the first character at or after it;
 * for an end, the last character before it. Null when no run lies on that side. */
function pointOffset(
  node: Node,
  offset: number,
  edge: 'start' | 'end',
  all: () => TextPiece[],
): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = textNodeStart(node as Text)
    if (start !== null) return start + offset
  }
  const list = all()
  if (edge === 'start') {
    const next = list.find((p) => comparePoints(p.node, 0, node, offset) >= 0)
    return next ? next.start : null
  }
  const previous = list.findLast(
    (p) => comparePoints(p.node, p.node.data.length, node, offset) <= 0,
  )
  return previous ? previous.start + previous.node.data.length : null
}

/**
 * The canonical UTF-16 offsets `[start, end)` covered by the selection's first range inside
 * `root` (clipped to it), across paragraphs, articles and highlight spans; null when the
 * selection is empty, collapsed or covers no issue text.
 */
export function selectionToOffsets(selection: Selection, root: Element): Span | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!range.intersectsNode(root)) return null
  let cache: TextPiece[] | null = null
  const all = () => (cache ??= pieces(root))
  const inRoot = (n: Node) => root.contains(n)
  const start = inRoot(range.startContainer)
    ? pointOffset(range.startContainer, range.startOffset, 'start', all)
    : (all()[0]?.start ?? null)
  const lastPiece = () => all().at(-1)
  const end = inRoot(range.endContainer)
    ? pointOffset(range.endContainer, range.endOffset, 'end', all)
    : (() => {
        const p = lastPiece()
        return p ? p.start + p.node.data.length : null
      })()
  if (start === null || end === null || end <= start) return null
  return { start, end }
}
