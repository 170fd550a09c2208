// Sellers' semi-global edit distance: the pattern must match whole, the text window may start
// and end anywhere. Each cell also carries where its alignment started, so a match comes back
// as a span without a second (reverse) pass. O(maxErrors × window) time on typical text (Ukkonen's cut-off), O(pattern) memory.

/** An approximate occurrence: UTF-16 `[start, end)` in the text and its edit distance. */
export interface ApproximateMatch {
  start: number
  end: number
  errors: number
}

const MAX_TIES = 64

/**
 * The occurrences of `pattern` in `text[from, to)` with the fewest edits (insertions,
 * deletions, substitutions of UTF-16 units), if that is at most `maxErrors`; empty otherwise.
 * Ties (several ends with the same distance) are all returned, up to 64, in text order.
 */
export function approximateMatches(
  pattern: string,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
): ApproximateMatch[] {
  const m = pattern.length
  const codes = new Uint16Array(m)
  for (let i = 0; i < m; i++) codes[i] = pattern.charCodeAt(i)
  let cost = new Int32Array(m + 1)
  let origin = new Int32Array(m + 1)
  let nextCost = new Int32Array(m + 1)
  let nextOrigin = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) {
    cost[i] = i
    origin[i] = from
  }
  // Ukkonen's cut-off: rows below `top` (the last with cost ≤ maxErrors) cannot lead to a
  // match, so each column only computes up to top + 1 — O(maxErrors) per column on real text.
  const beyond = maxErrors + 1
  let top = Math.min(maxErrors, m)
  let best = beyond
  let found: ApproximateMatch[] = []
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j)
    nextCost[0] = 0
    nextOrigin[0] = j + 1
    const limit = Math.min(m, top + 1)
    for (let i = 1; i <= limit; i++) {
      // Prefer the diagonal on ties: it keeps matches tight around the quote.
      let c = cost[i - 1] + (codes[i - 1] === ch ? 0 : 1)
      let o = origin[i - 1]
      const up = (i <= top ? cost[i] : beyond) + 1
      if (up < c) {
        c = up
        o = origin[i]
      }
      if (nextCost[i - 1] + 1 < c) {
        c = nextCost[i - 1] + 1
        o = nextOrigin[i - 1]
      }
      nextCost[i] = c
      nextOrigin[i] = o
    }
    top = limit
    while (top > 0 && nextCost[top] > maxErrors) top--
    ;[cost, nextCost] = [nextCost, cost]
    ;[origin, nextOrigin] = [nextOrigin, origin]
    if (top < m) continue
    const errors = cost[m]
    if (errors < best) {
      best = errors
      found = []
    }
    if (errors === best && found.length < MAX_TIES)
      found.push({ start: origin[m], end: j + 1, errors })
  }
  return found
}

/** Levenshtein distance between two strings, in UTF-16 units. O(a × b) time. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitute = row[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)
      next[j] = Math.min(substitute, row[j] + 1, next[j - 1] + 1)
    }
    row = next
  }
  return row[b.length]
}
