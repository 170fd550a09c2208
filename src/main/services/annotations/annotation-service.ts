// Tagged passages: create, edit, delete — each durable before it resolves, each undoable.
import { randomUUID } from 'node:crypto'
import type { Annotation } from '../../../shared/model'
import { GlossError } from '../../../shared/errors'
import { describeSelection } from '../../core/anchoring'
import type { AnnotationStore } from '../../store/annotation-store'
import type { LibraryStore } from '../../store/library-store'
import type { ChangeHistory } from '../history'

export interface NewAnnotation {
  issueId: string
  start: number
  end: number
  themeIds: string[]
  memo?: string
}

export interface AnnotationPatch {
  themeIds?: string[]
  memo?: string
}

export class AnnotationService {
  constructor(
    private readonly library: LibraryStore,
    private readonly annotations: AnnotationStore,
    private readonly history: ChangeHistory,
    /** The theme ids that exist now; tagging with another is refused. */
    private readonly knownThemeIds: () => ReadonlySet<string>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(issueId: string): Promise<Annotation[]> {
    if (!this.library.findIssue(issueId))
      throw new GlossError('not-found', 'No such issue in the library.')
    return this.annotations.list(issueId)
  }

  async create(input: NewAnnotation): Promise<Annotation> {
    this.assertWritable()
    const { text } = await this.library.readIssue(input.issueId)
    if (input.end > text.length || input.start >= input.end) {
      throw new GlossError(
        'bad-arguments',
        `The selection ${input.start}–${input.end} is outside the issue's text.`,
      )
    }
    this.assertThemes(input.themeIds)
    const at = this.now().toISOString()
    const annotation: Annotation = {
      id: randomUUID(),
      issueId: input.issueId,
      selector: describeSelection(text, input.start, input.end),
      themeIds: unique(input.themeIds),
      memo: input.memo ?? '',
      author: this.library.settings.author,
      createdAt: at,
      updatedAt: at,
      anchor: 'anchored',
    }
    await this.annotations.put(annotation)
    this.history.record({
      label: 'tag passage',
      issueId: annotation.issueId,
      codebook: false,
      undo: async () => void (await this.annotations.remove(annotation.issueId, annotation.id)),
      redo: () => this.annotations.put(annotation),
    })
    return annotation
  }

  async update(issueId: string, id: string, patch: AnnotationPatch): Promise<Annotation> {
    this.assertWritable()
    const before = await this.annotations.find(issueId, id)
    if (!before) throw new GlossError('not-found', 'That annotation no longer exists.')
    if (patch.themeIds) this.assertThemes(patch.themeIds)
    const after: Annotation = {
      ...before,
      ...(patch.themeIds ? { themeIds: unique(patch.themeIds) } : {}),
      ...(patch.memo !== undefined ? { memo: patch.memo } : {}),
      updatedAt: this.now().toISOString(),
    }
    await this.annotations.put(after)
    const memoOnly = patch.themeIds === undefined
    this.history.record({
      label: memoOnly ? 'edit memo' : 'change themes',
      issueId,
      codebook: false,
      undo: () => this.annotations.put(before),
      redo: () => this.annotations.put(after),
      mergeKey: memoOnly ? `memo:${id}` : undefined,
    })
    return after
  }

  async delete(issueId: string, id: string): Promise<boolean> {
    this.assertWritable()
    const removed = await this.annotations.remove(issueId, id)
    if (!removed) return false
    this.history.record({
      label: 'delete annotation',
      issueId,
      codebook: false,
      undo: () => this.annotations.put(removed),
      redo: async () => void (await this.annotations.remove(issueId, id)),
    })
    return true
  }

  /** Places an annotation on a new selection (resolving an orphan by hand); undoable. */
  async reanchor(issueId: string, id: string, start: number, end: number): Promise<Annotation> {
    this.assertWritable()
    const before = await this.annotations.find(issueId, id)
    if (!before) throw new GlossError('not-found', 'That annotation no longer exists.')
    const { text } = await this.library.readIssue(issueId)
    if (end > text.length)
      throw new GlossError(
        'bad-arguments',
        `The selection ${start}–${end} is outside the issue's text.`,
      )
    const after: Annotation = {
      ...before,
      selector: describeSelection(text, start, end),
      anchor: 'anchored',
      updatedAt: this.now().toISOString(),
    }
    await this.annotations.put(after)
    this.history.record({
      label: 'place annotation',
      issueId,
      codebook: false,
      undo: () => this.annotations.put(before),
      redo: () => this.annotations.put(after),
    })
    return after
  }

  private assertThemes(themeIds: readonly string[]): void {
    const known = this.knownThemeIds()
    const unknown = themeIds.filter((id) => !known.has(id))
    if (unknown.length > 0)
      throw new GlossError('bad-arguments', `Unknown theme ${unknown.join(', ')}.`)
  }

  private assertWritable(): void {
    if (this.library.readOnly)
      throw new GlossError('read-only', 'The library is open read-only; nothing was changed.')
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}
