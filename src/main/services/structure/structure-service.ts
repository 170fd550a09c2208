// The user's structure corrections: add and take back (each durable, each undoable), and every
// reader of an issue's articles — the reader, the outline, export — sees them applied.
import { randomUUID } from 'node:crypto'
import type { StructureState } from '../../../shared/contract'
import { GlossError } from '../../../shared/errors'
import type { IssueDocument, StructureCorrection, StructureEdit } from '../../../shared/model'
import { applyStructureCorrections } from '../../core/structure'
import type { LibraryStore } from '../../store/library-store'
import type { StructureStore } from '../../store/structure-store'
import type { ChangeHistory } from '../history'

/** Reads an issue with the user's structure corrections applied: what every consumer uses. */
export type IssueDocuments = (issueId: string) => Promise<IssueDocument>

const QUOTE_CHARS = 30

export class StructureService {
  constructor(
    private readonly library: LibraryStore,
    readonly store: StructureStore,
    private readonly history: ChangeHistory,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The issue as the reader shows it and export writes it: corrections applied. */
  readonly document: IssueDocuments = async (issueId) => {
    const issue = await this.library.readIssue(issueId)
    const corrections = await this.store.list(issueId)
    const { articles } = applyStructureCorrections(issue.text, issue.articles, corrections)
    return { meta: this.library.findIssue(issueId) ?? issue.meta, text: issue.text, articles }
  }

  async state(issueId: string): Promise<StructureState> {
    const issue = await this.library.readIssue(issueId)
    const corrections = await this.store.list(issueId)
    const { articles, stale } = applyStructureCorrections(issue.text, issue.articles, corrections)
    return { corrections, staleIds: stale.map((c) => c.id), articleCount: articles.length }
  }

  /** Adds a correction at the part starting at `at`; one that would change nothing is not kept. */
  async add(issueId: string, at: number, edit: StructureEdit): Promise<StructureState> {
    this.assertWritable()
    const issue = await this.library.readIssue(issueId)
    const corrections = await this.store.list(issueId)
    const correction: StructureCorrection = {
      ...edit,
      at,
      id: randomUUID(),
      quote: quoteAt(issue.text, at),
      createdAt: this.now().toISOString(),
    }
    const before = applyStructureCorrections(issue.text, issue.articles, corrections)
    const after = applyStructureCorrections(issue.text, issue.articles, [
      ...corrections,
      correction,
    ])
    if (after.stale.some((c) => c.id === correction.id)) {
      throw new GlossError(
        'bad-arguments',
        edit.kind === 'merge'
          ? 'Only an article after the first can be merged with the previous one.'
          : `No line of this issue starts at offset ${at}.`,
      )
    }
    if (JSON.stringify(after.articles) === JSON.stringify(before.articles)) {
      return this.state(issueId)
    }
    await this.store.insert(issueId, correction)
    await this.syncArticleCount(issueId)
    this.history.record({
      label: labelOf(edit),
      issueId,
      codebook: false,
      undo: async () => {
        await this.store.remove(issueId, correction.id)
        await this.syncArticleCount(issueId)
      },
      redo: async () => {
        await this.store.insert(issueId, correction)
        await this.syncArticleCount(issueId)
      },
    })
    return this.state(issueId)
  }

  /** Takes a correction back; undo puts it back where it was in the order. */
  async remove(issueId: string, id: string): Promise<StructureState> {
    this.assertWritable()
    if (!this.library.findIssue(issueId))
      throw new GlossError('not-found', 'No such issue in the library.')
    const removed = await this.store.remove(issueId, id)
    if (!removed) throw new GlossError('not-found', 'That structure correction no longer exists.')
    await this.syncArticleCount(issueId)
    this.history.record({
      label: 'remove structure correction',
      issueId,
      codebook: false,
      undo: async () => {
        await this.store.insert(issueId, removed.correction, removed.index)
        await this.syncArticleCount(issueId)
      },
      redo: async () => {
        await this.store.remove(issueId, id)
        await this.syncArticleCount(issueId)
      },
    })
    return this.state(issueId)
  }

  /** An issue imported again gets back the corrections it had when it was removed. */
  async restoreFromTrash(issueId: string): Promise<void> {
    await this.store.restoreFromTrash(issueId)
    if ((await this.store.list(issueId)).length > 0) await this.syncArticleCount(issueId)
  }

  /** The library lists each issue's article count: keep it the corrected one. */
  private async syncArticleCount(issueId: string): Promise<void> {
    const { articleCount } = await this.state(issueId)
    if (this.library.findIssue(issueId)?.articleCount !== articleCount)
      await this.library.updateIssueMeta(issueId, { articleCount })
  }

  private assertWritable(): void {
    if (this.library.readOnly)
      throw new GlossError('read-only', 'The library is open read-only; nothing was changed.')
  }
}

function labelOf(edit: StructureEdit): string {
  switch (edit.kind) {
    case 'role':
      return 'correct structure'
    case 'split':
      return 'split article'
    case 'merge':
      return 'merge articles'
  }
}

/** The opening words of the line at `at`, to name a correction later. */
function quoteAt(text: string, at: number): string {
  const lineEnd = text.indexOf('\n', at)
  const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd)
  const chars = Array.from(line)
  return chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS).join('')}…` : line
}
