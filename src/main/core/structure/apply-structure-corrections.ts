// The user's structure corrections, applied in the order they were made over whatever the parser
// produced. Corrections address parts by their start offset in the canonical text, which never
// changes; one whose part is gone (the parser now cuts the text differently) is returned as no
// longer applying, never silently dropped. Never throws; every span stays `text.slice`-exact.
//
// What each change means, so that every result is an article the model can hold:
// - role `title`: the part becomes the title; the old title becomes the kicker when above it, a
//   subtitle when below. A title below body text (a paragraph, byline, credit) opens a new article.
// - role `kicker`: a kicker opens a headline block, so below a title or body text it opens a new
//   article; the next part becomes the title when the article has none.
// - role `subtitle`: a subtitle sits under the title, so the part above it becomes the title
//   (none above: the article is untitled).
// - role `byline` / `paragraph` / `credit`: a former title hands over to the first subtitle below
//   it (none: the article is untitled). A line above the title that is really body text closes
//   the previous article, so it moves there (before the first article: an untitled one).
// - `split`: a new article starts at the part; when it has no title, the part is its title (a
//   kicker: the part after it). An article left without its title promotes its headline line.
// - `merge`: the article starting at the part continues the previous one; its headline lines
//   become paragraphs. Applies only where an article (not the first) starts at the part.
import type { Article, StructureCorrection, StructureRole } from '../../../shared/model'
import {
  articleRange,
  articleRanges,
  fitArticle,
  headlineRoles,
  isBody,
  toParts,
  type Part,
} from './part-list'

export interface CorrectedStructure {
  articles: Article[]
  /** Corrections that no longer apply to this parse, in the order given. */
  stale: StructureCorrection[]
}

export function applyStructureCorrections(
  text: string,
  articles: readonly Article[],
  corrections: readonly StructureCorrection[],
): CorrectedStructure {
  if (corrections.length === 0) return { articles: [...articles], stale: [] }
  const parts = toParts(articles)
  const stale: StructureCorrection[] = []
  for (const correction of corrections) {
    if (!applyOne(parts, correction)) stale.push(correction)
  }
  return {
    articles: articleRanges(parts).map(([from, to]) =>
      fitArticle(text, parts.slice(from, to), articles),
    ),
    stale,
  }
}

/** Applies one correction in place; false when it does not apply to these parts. */
function applyOne(parts: Part[], correction: StructureCorrection): boolean {
  const i = parts.findIndex(
    (p) => !p.placeholder && p.span.start === correction.at && p.span.end > p.span.start,
  )
  if (i < 0) return false
  switch (correction.kind) {
    case 'role':
      setRole(parts, i, correction.role)
      return true
    case 'split':
      split(parts, i)
      return true
    case 'merge':
      return merge(parts, i)
  }
}

function setRole(parts: Part[], i: number, role: StructureRole): void {
  if (parts[i].role === role) return
  let [from, to] = articleRange(parts, i)
  touch(parts, from, to)
  const titleAt = () => indexOfRole(parts, from, to, 'title')
  const wasTitle = parts[i].role === 'title'
  switch (role) {
    case 'title': {
      if (someBetween(parts, from, i, (p) => isBody(p.role))) {
        opensAt(parts, i)
        ;[from, to] = articleRange(parts, i)
      }
      for (let j = from; j < to; j++) {
        if (j !== i && parts[j].role === 'title') parts[j].role = j < i ? 'kicker' : 'subtitle'
      }
      parts[i].role = 'title'
      break
    }
    case 'kicker': {
      if (someBetween(parts, from, i, (p) => p.role === 'title' || isBody(p.role))) {
        opensAt(parts, i)
        ;[from, to] = articleRange(parts, i)
      }
      parts[i].role = 'kicker'
      if (titleAt() < 0 && i + 1 < to) parts[i + 1].role = 'title'
      break
    }
    case 'subtitle': {
      const t = titleAt()
      if (t < 0 || t >= i) {
        // The title must be above a subtitle: the line above takes it, if there is one.
        if (t > i) parts[t].role = 'subtitle'
        if (i > from) parts[i - 1].role = 'title'
      }
      parts[i].role = 'subtitle'
      break
    }
    case 'byline':
    case 'paragraph':
    case 'credit': {
      if (wasTitle) {
        parts[i].role = role
        const next = parts.findIndex((p, j) => j > i && j < to && p.role === 'subtitle')
        if (next >= 0) parts[next].role = 'title'
      }
      if (titleAt() > i) {
        // Body text above the title closes the previous article.
        for (let j = from; j <= i; j++) parts[j].role = role
        parts[from].opens = from === 0
        opensAt(parts, i + 1)
        if (from > 0) {
          const [prevFrom, prevTo] = articleRange(parts, from)
          touch(parts, prevFrom, prevTo)
          removePlaceholders(parts, prevFrom, prevTo)
        }
        return
      }
      parts[i].role = role
      break
    }
  }
  removePlaceholders(parts, from, to)
}

function split(parts: Part[], i: number): void {
  if (parts[i].opens) return
  const [from] = articleRange(parts, i)
  opensAt(parts, i)
  const [, to] = articleRange(parts, i)
  touch(parts, from, to)
  if (indexOfRole(parts, i, to, 'title') < 0) {
    if (parts[i].role === 'kicker' && i + 1 < to) parts[i + 1].role = 'title'
    else parts[i].role = 'title'
  }
  if (indexOfRole(parts, from, i, 'title') < 0) {
    // The front article lost its title: the last line of its headline block takes it.
    let last = -1
    for (let j = from; j < i && headlineRoles.has(parts[j].role); j++) last = j
    if (last >= 0) parts[last].role = 'title'
  }
}

function merge(parts: Part[], i: number): boolean {
  if (!parts[i].opens || i === 0) return false
  const [, to] = articleRange(parts, i)
  parts[i].opens = false
  for (let j = i; j < to; j++) {
    if (headlineRoles.has(parts[j].role)) parts[j].role = 'paragraph'
  }
  const [from] = articleRange(parts, i)
  touch(parts, from, to)
  removePlaceholders(parts, from, to)
  return true
}

/** Opens an article at `i` (nothing to do past the end). */
function opensAt(parts: Part[], i: number): void {
  if (i < parts.length) parts[i].opens = true
}

function touch(parts: Part[], from: number, to: number): void {
  for (let j = from; j < to; j++) parts[j].touched = true
}

function indexOfRole(
  parts: readonly Part[],
  from: number,
  to: number,
  role: StructureRole,
): number {
  for (let j = from; j < to; j++) if (parts[j].role === role && !parts[j].placeholder) return j
  return -1
}

function someBetween(
  parts: readonly Part[],
  from: number,
  to: number,
  test: (part: Part) => boolean,
): boolean {
  for (let j = from; j < to; j++) if (test(parts[j])) return true
  return false
}

/** An empty title kept an otherwise empty article alive; with real parts beside it, it goes. */
function removePlaceholders(parts: Part[], from: number, to: number): void {
  for (let j = to - 1; j >= from; j--) {
    if (parts[j].placeholder && to - from > 1) {
      const opens = parts[j].opens
      parts.splice(j, 1)
      if (opens && j < parts.length) parts[j].opens = true
      to--
    }
  }
}
