// Structure-correction methods of the fake GlossApi. Main's rules live in main (the renderer
// may not import them), so this fake applies a plain version of them: a split makes the line
// the new article's title, a merge turns the merged headline into paragraphs, a new title
// demotes the old one, any other role moves the line within its article.
import type { DomainApi, StructureState } from '../../../src/shared/contract'
import { articleParts, type ArticlePart } from '../../../src/shared/article-parts'
import type {
  Article,
  IssueDocument,
  StructureCorrection,
  StructureEdit,
} from '../../../src/shared/model'
import { ApiError } from '../../../src/renderer/src/api/api-error'
import type { TaggingStore } from './fake-tagging-store'

export type StructureMethods = DomainApi<'structure'>

type Draft = { parts: ArticlePart[]; from: Article }

/** The document with `corrections` applied; also says which no longer apply. */
export function correctedDocument(
  doc: IssueDocument,
  corrections: readonly StructureCorrection[],
): { doc: IssueDocument; staleIds: string[] } {
  if (corrections.length === 0) return { doc, staleIds: [] }
  const drafts: Draft[] = doc.articles.map((a) => ({ parts: articleParts(a), from: a }))
  const staleIds: string[] = []
  for (const c of corrections) if (!apply(drafts, c)) staleIds.push(c.id)
  const articles = drafts.filter((d) => d.parts.length > 0).map(build)
  return {
    doc: { ...doc, articles, meta: { ...doc.meta, articleCount: articles.length } },
    staleIds,
  }
}

function apply(drafts: Draft[], c: StructureCorrection): boolean {
  const a = drafts.findIndex((d) => d.parts.some((p) => p.span.start === c.at))
  if (a < 0) return false
  const draft = drafts[a]
  const i = draft.parts.findIndex((p) => p.span.start === c.at)
  if (c.kind === 'split') {
    if (i === 0) return true
    const moved = draft.parts.splice(i)
    if (!moved.some((p) => p.role === 'title')) moved[0] = { ...moved[0], role: 'title' }
    drafts.splice(a + 1, 0, { parts: moved, from: draft.from })
    return true
  }
  if (c.kind === 'merge') {
    if (i !== 0 || a === 0) return false
    const headline = new Set(['kicker', 'title', 'subtitle'])
    drafts[a - 1].parts.push(
      ...draft.parts.map((p) => (headline.has(p.role) ? { ...p, role: 'paragraph' as const } : p)),
    )
    drafts.splice(a, 1)
    return true
  }
  const body = (p: ArticlePart) => !['kicker', 'title', 'subtitle'].includes(p.role)
  if (c.role === 'title' && draft.parts.slice(0, i).some(body)) {
    // As main does it: a title below body text opens a new article.
    const moved = draft.parts.splice(i)
    moved[0] = { ...moved[0], role: 'title' }
    drafts.splice(a + 1, 0, { parts: moved, from: draft.from })
    return true
  }
  if (c.role === 'title') {
    draft.parts = draft.parts.map((p, j) =>
      j === i
        ? { ...p, role: 'title' }
        : p.role === 'title'
          ? { ...p, role: j < i ? 'kicker' : 'subtitle' }
          : p,
    )
  } else draft.parts[i] = { ...draft.parts[i], role: c.role }
  return true
}

function build({ parts, from }: Draft): Article {
  const title = parts.find((p) => p.role === 'title')?.span
  const first = parts[0].span.start
  return {
    kicker: parts.find((p) => p.role === 'kicker')?.span ?? null,
    title: title ?? { start: first, end: first, text: '' },
    subtitles: parts.filter((p) => p.role === 'subtitle').map((p) => p.span),
    byline: ((s) => (s ? { ...s, dateline: null, reporters: [] } : null))(
      parts.find((p) => p.role === 'byline')?.span,
    ),
    paragraphs: parts.filter((p) => p.role === 'paragraph').map((p) => p.span),
    credits: parts.filter((p) => p.role === 'credit').map((p) => p.span),
    page: from.page,
    section: from.section,
    doubts: parts.length === articleParts(from).length ? from.doubts : [],
  }
}

export function createFakeStructure(
  issues: Map<string, IssueDocument>,
  store: TaggingStore,
): StructureMethods {
  let next = 1
  const base = (id: string) => {
    const doc = issues.get(id)
    if (!doc) throw new ApiError('not-found', 'No such issue in the library.')
    return doc
  }
  const state = (issueId: string): StructureState => {
    const corrections = store.structure(issueId)
    const { doc, staleIds } = correctedDocument(base(issueId), corrections)
    return { corrections, staleIds, articleCount: doc.articles.length }
  }
  return {
    getStructureCorrections: async ({ issueId }) => state(issueId),
    addStructureCorrection: async ({ issueId, at, edit }) => {
      const doc = base(issueId)
      const correction = {
        ...(edit as StructureEdit),
        at,
        id: `structure-${next++}`,
        quote: doc.text.slice(at, at + 12),
        createdAt: '2024-03-01T09:00:00.000Z',
      } as StructureCorrection
      if (
        correctedDocument(doc, [...store.structure(issueId), correction]).staleIds.includes(
          correction.id,
        )
      )
        throw new ApiError('bad-arguments', `No line of this issue starts at offset ${at}.`)
      const label =
        edit.kind === 'role'
          ? 'correct structure'
          : edit.kind === 'split'
            ? 'split article'
            : 'merge articles'
      store.record(label, { issueId, codebook: false }, () =>
        store.setStructure(issueId, [...store.structure(issueId), correction]),
      )
      return state(issueId)
    },
    removeStructureCorrection: async ({ issueId, id }) => {
      store.record('remove structure correction', { issueId, codebook: false }, () =>
        store.setStructure(
          issueId,
          store.structure(issueId).filter((c) => c.id !== id),
        ),
      )
      return state(issueId)
    },
  }
}
