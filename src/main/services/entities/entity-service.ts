// Entities for the reader: recognition (in a worker where the host has one), the per-issue
// cache, the user's dictionary, and "where else in the library is this name".
import { randomUUID } from 'node:crypto'
import type {
  DictionaryEntry,
  EntityMention,
  EntityType,
  IssueMeta,
  LibraryMention,
  StoredDictionaryEntry,
} from '../../../shared/model'
import type { LibraryStore } from '../../core/store/library-store'
import type { IssueDocuments } from '../structure/structure-service'
import { EntityCache } from './entity-cache'
import type { Recogniser } from './recogniser'

export class EntityService {
  private readonly cache: EntityCache

  constructor(
    private readonly store: LibraryStore,
    private readonly recogniser: Recogniser,
    cacheFolder: string,
    /** Issues with the user's structure corrections, for the article a mention is in. */
    private readonly documents?: IssueDocuments,
  ) {
    this.cache = new EntityCache(cacheFolder)
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
    const key = EntityCache.key(this.recogniser.version, entries)
    const cached = await this.cache.get(issueId, key)
    if (cached) return cached
    const mentions = await this.recogniser.recognise(issueText, entries)
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
