// Entities for the reader: recognition (in a worker where the host has one), the per-issue
// cache, the user's dictionary, "where else in the library is this name", and learning
// from the user's corrections (a per-library weight delta over the shipped model).
import { createHash, randomUUID } from 'node:crypto'
import { GlossError } from '../../../shared/errors'
import type {
  DictionaryEntry,
  EntityMention,
  EntityType,
  IssueMeta,
  LearnedRecognitionPreview,
  LibraryMention,
  MentionChange,
  StoredDictionaryEntry,
} from '../../../shared/model'
import {
  learnFromCorrections,
  type CorrectedText,
} from '../../core/entities/learning/learn-from-corrections'
import { isEmptyDelta, storeDelta, type WeightDelta } from '../../core/entities/tagger/weight-delta'
import { getEngine } from '../../engines/engine-registry'
import type { LibraryStore } from '../../store/library-store'
import type { ChangeHistory } from '../history'
import type { IssueDocuments } from '../structure/structure-service'
import { EntityCache } from './entity-cache'
import type { LearnedDeltaFile } from './learned-delta-file'
import type { Recogniser } from './recogniser'

/** Where learned recognition is kept and how applying it is undone. */
export interface LearningOptions {
  file: LearnedDeltaFile
  history: ChangeHistory
}

interface PendingLearning {
  id: string
  issueId: string
  delta: WeightDelta
  /** The dictionary it was learned from: applying after a correction would be stale. */
  dictionary: string
}

/** Issues read for examples at most (in library order), and issues a preview compares. */
const LEARN_ISSUES = 500
const PREVIEW_ISSUES = 20

export class EntityService {
  private readonly cache: EntityCache
  private delta: WeightDelta | null = null
  private deltaHash = ''
  private pending: PendingLearning | null = null

  constructor(
    private readonly store: LibraryStore,
    private readonly recogniser: Recogniser,
    cacheFolder: string,
    /** Issues with the user's structure corrections, for the article a mention is in. */
    private readonly documents?: IssueDocuments,
    private readonly learning?: LearningOptions,
  ) {
    this.cache = new EntityCache(cacheFolder)
  }

  /** Reads the library's learned recognition (none, if it was learned on another model). */
  async loadLearned(): Promise<void> {
    const tagger = this.recogniser.tagger
    if (!tagger || !this.learning) return
    this.setDelta(await this.learning.file.read(tagger.sha256, tagger.model.scheme.size))
  }

  private setDelta(delta: WeightDelta | null): void {
    this.delta = delta && !isEmptyDelta(delta) ? delta : null
    this.deltaHash = this.delta
      ? createHash('sha256')
          .update(JSON.stringify(storeDelta(this.delta)))
          .digest('hex')
      : ''
  }

  /** The recogniser's version and the learned delta's hash: cached results depend on both. */
  private version(): string {
    const base = this.recogniser.version
    return this.deltaHash ? `${base}+learned-${this.deltaHash}` : base
  }

  /** The dictionary entries that can change this issue's entities: scoped to it, and whose
   * surface occurs in its text. Others cannot, so they do not invalidate its cache. */
  relevantEntries(issueId: string, text: string): DictionaryEntry[] {
    return this.store.dictionary
      .filter(
        (entry) =>
          (entry.issueId === null || entry.issueId === issueId) && text.includes(entry.text),
      )
      .map((entry) =>
        entry.kind === 'add'
          ? { kind: 'add' as const, text: entry.text, type: entry.type }
          : { kind: 'reject' as const, text: entry.text, type: entry.type },
      )
  }

  async mentionsFor(issueId: string, text?: string): Promise<EntityMention[]> {
    const issueText = text ?? (await this.store.readIssue(issueId)).text
    const entries = this.relevantEntries(issueId, issueText)
    const key = EntityCache.key(this.version(), entries)
    const cached = await this.cache.get(issueId, key)
    if (cached) return cached
    const mentions = await this.recogniser.recognise(issueText, entries, this.delta)
    await this.cache.set(issueId, key, mentions)
    return mentions
  }

  dictionary(): readonly StoredDictionaryEntry[] {
    return this.store.dictionary
  }

  async addEntry(entry: DictionaryEntry, issueId: string | null): Promise<StoredDictionaryEntry> {
    const stored: StoredDictionaryEntry = {
      ...entry,
      id: randomUUID(),
      issueId,
      createdAt: new Date().toISOString(),
    }
    await this.store.addDictionaryEntry(stored)
    return stored
  }

  removeEntry(id: string): Promise<boolean> {
    return this.store.removeDictionaryEntry(id)
  }

  async forgetIssue(issueId: string): Promise<void> {
    await this.cache.delete(issueId)
  }

  /**
   * Learns from every correction in the library (from the current delta on), without
   * applying it: what would appear and disappear in `issueId`, and how many mentions would
   * change in the first issues of the library.
   */
  async previewLearned(issueId: string): Promise<LearnedRecognitionPreview> {
    const tagger = this.recogniser.tagger
    if (!tagger || !this.learning)
      throw new GlossError('unsupported', 'Recognition has no trained model to improve.')
    if (!this.store.findIssue(issueId))
      throw new GlossError('not-found', 'No such issue in the library.')
    const issues = this.store.listIssues()
    const texts: CorrectedText[] = []
    for (const meta of issues.slice(0, LEARN_ISSUES)) {
      const text = await this.textOf(meta.id)
      if (text === null) continue
      const corrections = this.relevantEntries(meta.id, text)
      if (corrections.length) texts.push({ text, corrections })
    }
    const learned = learnFromCorrections(texts, tagger.model, this.delta, { engine: getEngine() })
    const id = randomUUID()
    this.pending = { id, issueId, delta: learned.delta, dictionary: this.dictionarySignature() }

    const compare = async (id: string) => {
      const text = await this.textOf(id)
      if (text === null) return { appeared: [], disappeared: [] }
      const before = await this.mentionsFor(id, text)
      const after = await this.recogniser.recognise(
        text,
        this.relevantEntries(id, text),
        learned.delta,
      )
      return mentionChanges(before, after)
    }
    const open = await compare(issueId)
    const sample = [issueId, ...issues.map((m) => m.id).filter((id) => id !== issueId)].slice(
      0,
      PREVIEW_ISSUES,
    )
    let appeared = open.appeared.length
    let disappeared = open.disappeared.length
    for (const id of sample.slice(1)) {
      const change = await compare(id)
      appeared += change.appeared.length
      disappeared += change.disappeared.length
    }
    return {
      previewId: id,
      sentences: learned.sentences,
      issue: open,
      library: { issuesChecked: sample.length, issuesTotal: issues.length, appeared, disappeared },
    }
  }

  /** Applies the latest preview; undo puts the previous learned recognition back. */
  async applyLearned(previewId: string): Promise<{ applied: boolean }> {
    const tagger = this.recogniser.tagger
    const learning = this.learning
    if (!tagger || !learning)
      throw new GlossError('unsupported', 'Recognition has no trained model to improve.')
    if (this.store.readOnly) throw new GlossError('read-only', 'This library is read-only.')
    const pending = this.pending
    if (!pending || pending.id !== previewId || pending.dictionary !== this.dictionarySignature())
      throw new GlossError(
        'not-found',
        'The corrections changed since this preview; preview again.',
      )
    this.pending = null
    const before = this.delta
    const after = pending.delta
    const put = async (delta: WeightDelta | null) => {
      await learning.file.write(tagger.sha256, delta)
      this.setDelta(delta)
    }
    await put(after)
    learning.history.record({
      label: 'improve recognition',
      // Any issue's entities may change; the renderer refetches the open one's on undo.
      issueId: pending.issueId,
      codebook: false,
      undo: () => put(before),
      redo: () => put(after),
    })
    return { applied: true }
  }

  private dictionarySignature(): string {
    return JSON.stringify(this.store.dictionary.map((e) => e.id))
  }

  private async textOf(issueId: string): Promise<string | null> {
    const issue = await this.store.readIssue(issueId).catch(() => null)
    return issue ? issue.text : null
  }

  /** Every mention of `text` as `type` across the library, in library order. */
  async findInLibrary(text: string, type: EntityType, limit = 500): Promise<LibraryMention[]> {
    const found: LibraryMention[] = []
    for (const meta of this.store.listIssues()) {
      if (found.length >= limit) break
      const issue = await (this.documents ?? ((id) => this.store.readIssue(id)))(meta.id).catch(
        () => null,
      )
      if (!issue || !issue.text.includes(text)) continue
      const mentions = await this.mentionsFor(meta.id, issue.text)
      for (const mention of mentions) {
        if (mention.type !== type || mention.text !== text) continue
        found.push(contextOf(meta, issue.text, issue.articles, mention))
        if (found.length >= limit) break
      }
    }
    return found
  }
}

const CONTEXT_CHARS = 24

const changeOf = (m: EntityMention): MentionChange => ({
  start: m.start,
  end: m.end,
  text: m.text,
  type: m.type,
})

/** Mentions in `after` and not in `before` (same span and type), and the other way round. */
function mentionChanges(
  before: readonly EntityMention[],
  after: readonly EntityMention[],
): { appeared: MentionChange[]; disappeared: MentionChange[] } {
  const key = (m: EntityMention) => `${m.start}:${m.end}:${m.type}`
  const had = new Set(before.map(key))
  const has = new Set(after.map(key))
  return {
    appeared: after.filter((m) => !had.has(key(m))).map(changeOf),
    disappeared: before.filter((m) => !has.has(key(m))).map(changeOf),
  }
}

function contextOf(
  meta: IssueMeta,
  text: string,
  articles: ReadonlyArray<{
    title: { start: number; text: string }
    paragraphs: ReadonlyArray<{ end: number }>
  }>,
  mention: EntityMention,
): LibraryMention {
  const articleIndex = Math.max(
    0,
    articles.findIndex((article, i) => {
      const next = articles[i + 1]
      return mention.start >= article.title.start && (!next || mention.start < next.title.start)
    }),
  )
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1
  const lineEnd = text.indexOf('\n', mention.end)
  const before = text.slice(Math.max(lineStart, mention.start - CONTEXT_CHARS), mention.start)
  const after = text.slice(
    mention.end,
    Math.min(lineEnd === -1 ? text.length : lineEnd, mention.end + CONTEXT_CHARS),
  )
  return {
    issueId: meta.id,
    paper: meta.paper,
    date: meta.date,
    articleIndex,
    articleTitle: articles[articleIndex]?.title.text ?? '',
    start: mention.start,
    end: mention.end,
    before,
    after,
  }
}
