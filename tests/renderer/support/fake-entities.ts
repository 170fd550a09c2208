// The entity methods of the fake GlossApi: a tiny "recogniser" that finds a fixed lexicon in
// each issue's text, with the user's dictionary applied the way main applies it (adds win,
// rejects drop a surface everywhere or in one issue), so corrections show up on refetch.
import type { DomainApi } from '../../../src/shared/contract'
import type {
  EntityMention,
  EntitySource,
  EntityType,
  IssueDocument,
  LibraryMention,
  StoredDictionaryEntry,
  TextSpan,
} from '../../../src/shared/model'

export interface LexiconEntry {
  text: string
  type: EntityType
  source: Exclude<EntitySource, 'user'>
}

export type EntityMethods = DomainApi<'entities'>

export interface FakeEntityOptions {
  lexicon?: LexiconEntry[]
  dictionary?: StoredDictionaryEntry[]
  /** What the recogniser knows once "improve recognition" is applied (default: unchanged). */
  learnedLexicon?: LexiconEntry[]
}

/** Names the recogniser knows in the sample issues (fixtures.ts). */
export const sampleLexicon: LexiconEntry[] = [
  { text: '刘越高', type: 'person', source: 'rule' },
  { text: '朱健', type: 'person', source: 'model' },
  { text: '陈润', type: 'person', source: 'rule' },
  { text: '衡阳高新区', type: 'place', source: 'model' },
  { text: '衡阳市', type: 'place', source: 'model' },
  { text: '衡阳晚报', type: 'org', source: 'dictionary' },
  { text: '4月25日', type: 'time', source: 'rule' },
  { text: '双过半', type: 'term', source: 'rule' },
]

function recognise(
  doc: IssueDocument,
  lexicon: readonly LexiconEntry[],
  dictionary: readonly StoredDictionaryEntry[],
): EntityMention[] {
  const surfaces = new Map<string, { type: EntityType; source: EntitySource }>()
  for (const entry of lexicon) surfaces.set(entry.text, entry)
  const rejects = dictionary.filter(
    (e) => e.kind === 'reject' && (e.issueId === null || e.issueId === doc.meta.id),
  )
  for (const entry of dictionary)
    if (entry.kind === 'add') surfaces.set(entry.text, { type: entry.type, source: 'user' })
  const found: EntityMention[] = []
  for (const [text, { type, source }] of surfaces) {
    if (rejects.some((r) => r.text === text && (r.type === null || r.type === type))) continue
    for (let i = doc.text.indexOf(text); i >= 0; i = doc.text.indexOf(text, i + 1))
      found.push({ start: i, end: i + text.length, text, type, source })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const mentions: EntityMention[] = []
  for (const m of found) if (m.start >= (mentions.at(-1)?.end ?? 0)) mentions.push(m)
  return mentions
}

function partsOf(doc: IssueDocument, articleIndex: number): TextSpan[] {
  const a = doc.articles[articleIndex]
  return [a.kicker, a.title, ...a.subtitles, a.byline, ...a.paragraphs].filter(
    (p): p is TextSpan => p !== null,
  )
}

function libraryMention(doc: IssueDocument, m: EntityMention): LibraryMention | null {
  for (let index = 0; index < doc.articles.length; index++) {
    const part = partsOf(doc, index).find((p) => p.start <= m.start && m.end <= p.end)
    if (!part) continue
    return {
      issueId: doc.meta.id,
      paper: doc.meta.paper,
      date: doc.meta.date,
      articleIndex: index,
      articleTitle: doc.articles[index].title.text,
      start: m.start,
      end: m.end,
      before: doc.text.slice(Math.max(part.start, m.start - 12), m.start),
      after: doc.text.slice(m.end, Math.min(part.end, m.end + 12)),
    }
  }
  return null
}

export function createFakeEntities(
  issues: ReadonlyMap<string, IssueDocument>,
  options: FakeEntityOptions = {},
): EntityMethods {
  let lexicon = options.lexicon ?? sampleLexicon
  const learned = options.learnedLexicon ?? lexicon
  let dictionary = [...(options.dictionary ?? [])]
  let next = 1
  let previews = 0
  const mentionsOf = (doc: IssueDocument) => recognise(doc, lexicon, dictionary)
  const key = (m: EntityMention) => `${m.start}:${m.end}:${m.type}`
  const changesIn = (doc: IssueDocument) => {
    const before = mentionsOf(doc)
    const after = recognise(doc, learned, dictionary)
    const had = new Set(before.map(key))
    const has = new Set(after.map(key))
    const plain = ({ start, end, text, type }: EntityMention) => ({ start, end, text, type })
    return {
      appeared: after.filter((m) => !had.has(key(m))).map(plain),
      disappeared: before.filter((m) => !has.has(key(m))).map(plain),
    }
  }

  return {
    getIssueEntities: async ({ id }) => {
      const doc = issues.get(id)
      return { mentions: doc ? mentionsOf(doc) : [] }
    },
    getDictionary: async () => dictionary,
    addDictionaryEntry: async ({ entry, issueId }) => {
      const stored: StoredDictionaryEntry = {
        ...entry,
        id: `entry-${next++}`,
        issueId,
        createdAt: '2024-01-02T00:00:00.000Z',
      }
      dictionary = [...dictionary, stored]
      return stored
    },
    removeDictionaryEntry: async ({ id }) => {
      const before = dictionary.length
      dictionary = dictionary.filter((e) => e.id !== id)
      return { removed: dictionary.length < before }
    },
    previewLearnedRecognition: async ({ issueId }) => {
      const doc = issues.get(issueId)
      const issue = doc ? changesIn(doc) : { appeared: [], disappeared: [] }
      let appeared = 0
      let disappeared = 0
      for (const other of issues.values()) {
        const change = changesIn(other)
        appeared += change.appeared.length
        disappeared += change.disappeared.length
      }
      return {
        previewId: `preview-${++previews}`,
        sentences: dictionary.length,
        issue,
        library: { issuesChecked: issues.size, issuesTotal: issues.size, appeared, disappeared },
      }
    },
    applyLearnedRecognition: async () => {
      lexicon = learned
      return { applied: true }
    },
    findEntityInLibrary: async ({ text, type }) =>
      [...issues.values()].flatMap((doc) =>
        mentionsOf(doc)
          .filter((m) => m.text === text && m.type === type)
          .flatMap((m) => libraryMention(doc, m) ?? []),
      ),
  }
}
