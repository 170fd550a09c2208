// The domain model shared by main, preload and renderer: plain JSON, no runtime dependencies.
//
// Offsets: inside the app every `start`/`end` is a JavaScript string index (UTF-16 code
// units) into the issue's canonical text, half-open `[start, end)`. Everything that leaves
// the app (CLI output, exports) is converted to Unicode code points at the boundary
// (see `offsets.ts`) and declares `offsetUnit: "codepoint"`.

/** A half-open range `[start, end)` of UTF-16 code units in an issue's canonical text. */
export interface Span {
  start: number
  end: number
}

/** A span together with the text it covers; invariant: `text === issueText.slice(start, end)`. */
export interface TextSpan extends Span {
  text: string
}

export interface Reporter {
  /** The person's name, without spaces inserted for layout (`陈润`). */
  name: string
  /** The role as printed (`全媒体记者`, `记者`, `通讯员`), or null when none is given. */
  role: string | null
}

export interface Byline extends TextSpan {
  /** The outlet or dateline as printed (`衡阳晚报讯`, `新华社北京4月25日电`), or null. */
  dateline: string | null
  reporters: Reporter[]
}

export interface Article {
  /** 引题: the line above the title, often ending in `——`. */
  kicker: TextSpan | null
  /** 主题. */
  title: TextSpan
  /** 副题, in reading order. */
  subtitles: TextSpan[]
  byline: Byline | null
  /** Body paragraphs in order, never overlapping; repaired across page/column breaks. */
  paragraphs: TextSpan[]
  /**
   * Lines that close the article and credit it, in order: `（记者 张三）`, `（作者为…）`,
   * `■记者 … 通讯员 …`, `… 摄影报道`. Never body paragraphs, never the next article's start.
   */
  credits: TextSpan[]
  /** 版次 as the source labels it (`第01版`, `A02`), or null when the file does not say. */
  page: string | null
  /** 版名 / 版面 as the source labels it (`要闻`, `政治`), or null. */
  section: string | null
  /** Where the parser is unsure of this article's structure, so the reader can flag it. */
  doubts: StructureDoubt[]
}

/**
 * Why an article's structure may be wrong: `title` — more than one line could be the title;
 * `untitled` — no headline was found; `boundary` — it may be two articles, or part of another.
 */
export type StructureDoubt = 'title' | 'untitled' | 'boundary'

/** The part a line plays in an article, as the user may set it (see `StructureCorrection`). */
export const structureRoles = [
  'kicker',
  'title',
  'subtitle',
  'byline',
  'paragraph',
  'credit',
] as const
export type StructureRole = (typeof structureRoles)[number]

/**
 * A change to the parsed structure, addressed by the UTF-16 start offset of a part (a kicker,
 * title, subtitle, byline, paragraph or credit) in the canonical text, which never changes:
 * `role` — this part plays `role`; `split` — a new article starts at this part; `merge` — the
 * article that starts at this part continues the previous one.
 */
export type StructureEdit =
  { kind: 'role'; role: StructureRole } | { kind: 'split' } | { kind: 'merge' }
export type StructureChange = StructureEdit & { at: number }

/** A structure change the user made, stored per issue and applied in order over every parse. */
export type StructureCorrection = StructureChange & {
  id: string
  /** The opening words of the part when the change was made, to name it if it no longer applies. */
  quote: string
  /** ISO timestamp. */
  createdAt: string
}

/** What the parser makes of one canonical text. */
export interface ParsedIssue {
  /** Paper name when the text itself says it (labelled field, byline), else null. */
  paper: string | null
  /** ISO date (`YYYY-MM-DD`) when the text itself says it, else null. */
  date: string | null
  articles: Article[]
}

/** Encodings Gloss reads; the names are iconv-lite's. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

export interface IssueMeta {
  /** sha-256 (hex) of the canonical text: the same text is the same issue. */
  id: string
  /** Paper name (衡阳晚报), editable by the user; null when unknown. */
  paper: string | null
  /** ISO date `YYYY-MM-DD`, editable by the user; null when unknown. */
  date: string | null
  /** The encoding the source file was decoded from. */
  encoding: TextEncoding
  /** The file name the issue was imported from (no directory). */
  sourceName: string
  /** The full path it was imported from, when the host knows it. */
  sourcePath: string | null
  /** ISO timestamp of the first import. */
  importedAt: string
  articleCount: number
  /** Length of the canonical text in Unicode code points. */
  charCount: number
}

/** One issue as the reader shows it. */
export interface IssueDocument {
  meta: IssueMeta
  /** The canonical text every offset refers to. */
  text: string
  articles: Article[]
}

/** Entity types Gloss recognises. `title` is an office (市委书记); `term` a quoted policy term. */
export const entityTypes = ['person', 'place', 'org', 'time', 'title', 'term'] as const
export type EntityType = (typeof entityTypes)[number]

/** Who found a mention: the segmenter's model, a genre rule, a dictionary, or the user. */
export type EntitySource = 'model' | 'rule' | 'dictionary' | 'user'

export interface EntityMention extends TextSpan {
  type: EntityType
  source: EntitySource
  /** The trained tagger's mentions only: by how much (perceptron units) its best reading
   * beats the best one without this span. Larger is surer; under 100 is unsure. */
  margin?: number
}

/** The user's correction to recognition, applied across the whole library. */
export type DictionaryEntry =
  | { kind: 'add'; text: string; type: EntityType }
  | { kind: 'reject'; text: string; type: EntityType | null }

/** A dictionary entry as the library stores it; `issueId` limits a rejection to one issue. */
export type StoredDictionaryEntry = DictionaryEntry & {
  id: string
  /** null: applies to every issue; otherwise only to this one ("not an entity here"). */
  issueId: string | null
  createdAt: string
}

/** A mention that learning from corrections would add or take away. */
export interface MentionChange {
  start: number
  end: number
  text: string
  type: EntityType
}

/** What "improve recognition from my corrections" would change, before it is applied. */
export interface LearnedRecognitionPreview {
  /** Names this preview for `applyLearnedRecognition`. */
  previewId: string
  /** Lines of text (the tagger's unit) holding a correction that the model learned from. */
  sentences: number
  /** The open issue's mentions that would appear and disappear. */
  issue: { appeared: MentionChange[]; disappeared: MentionChange[] }
  /** Counts over the first `issuesChecked` of the library's `issuesTotal` issues. */
  library: { issuesChecked: number; issuesTotal: number; appeared: number; disappeared: number }
}

/** One mention of an entity somewhere in the library, with its keyword-in-context snippet. */
export interface LibraryMention {
  issueId: string
  paper: string | null
  date: string | null
  articleIndex: number
  articleTitle: string
  start: number
  end: number
  /** Keyword in context: text before and after the mention, within its paragraph or line. */
  before: string
  after: string
}

/** A codebook entry: a policy theme the researcher tags passages with. */
export interface Theme {
  /** Stable id (kebab-case for the default codebook, a UUID for user themes). */
  id: string
  name: { zh: string; en: string }
  /** The parent theme's id; null at the top level. */
  parentId: string | null
  /** CSS colour, `#rrggbb`. */
  colour: string
  description: { zh: string; en: string }
}

/** The user's themes in display order (parents before their children, siblings in order). */
export interface Codebook {
  themes: Theme[]
}

/**
 * Where an annotation sits, after the W3C Web Annotation model: a position (UTF-16 inside the
 * app, code points once exported) plus the quote with ~32 characters of context either side,
 * so the passage can be found again if the text ever shifts.
 */
export interface AnnotationSelector extends Span {
  exact: string
  prefix: string
  suffix: string
}

export interface Annotation {
  id: string
  issueId: string
  selector: AnnotationSelector
  /** Theme ids in the order they were added; may be empty while the user is choosing. */
  themeIds: string[]
  /** Free text, multi-line. */
  memo: string
  author: string
  /** ISO timestamps. */
  createdAt: string
  updatedAt: string
  /** 'orphan' when re-anchoring after a text change could not place it; kept for the user. */
  anchor: 'anchored' | 'orphan'
}
