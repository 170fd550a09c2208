// What the library files hold on disk, validated on every load. Bump LIBRARY_SCHEMA_VERSION
// and add a step to `migrations.ts` whenever the shape changes.
import { z } from 'zod'
import { entityTypes } from '../../shared/model'
import { defaultStoredSettings, storedSettingsSchema } from './stored-settings'

export const LIBRARY_SCHEMA_VERSION = 3
/** Issue files have their own version: they are written once and rarely change shape. */
export const ISSUE_FILE_SCHEMA_VERSION = 1

const textSpan = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })

const articleSchema = z.object({
  kicker: textSpan.nullable(),
  title: textSpan,
  subtitles: z.array(textSpan),
  byline: textSpan
    .extend({
      dateline: z.string().nullable(),
      reporters: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
    })
    .nullable(),
  paragraphs: z.array(textSpan),
  // Added after version 1 of the issue file: files written before read with the defaults.
  credits: z.array(textSpan).default([]),
  page: z.string().nullable().default(null),
  section: z.string().nullable().default(null),
  doubts: z.array(z.enum(['title', 'untitled', 'boundary'])).default([]),
})

export const issueMetaSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  paper: z.string().nullable(),
  date: z.string().nullable(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']),
  sourceName: z.string(),
  sourcePath: z.string().nullable(),
  importedAt: z.string(),
  articleCount: z.number().int().nonnegative(),
  charCount: z.number().int().nonnegative(),
})

const entityType = z.enum(entityTypes)

export const dictionaryEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add'), text: z.string().min(1), type: entityType }),
  z.object({ kind: z.literal('reject'), text: z.string().min(1), type: entityType.nullable() }),
])

const storedDictionaryEntrySchema = z.intersection(
  dictionaryEntrySchema,
  z.object({ id: z.string(), issueId: z.string().nullable(), createdAt: z.string() }),
)

/** `library.json`: the small index every start-up reads. */
export const libraryFileSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  issues: z.array(issueMetaSchema),
  settings: storedSettingsSchema,
  /** Set once the bundled sample was offered, so removing it does not bring it back. */
  sampleImported: z.boolean(),
  /** The user's corrections to entity recognition, applied across the library. */
  dictionary: z.array(storedDictionaryEntrySchema),
})
export type LibraryFile = z.infer<typeof libraryFileSchema>

/** `issues/<id>.json`: one issue's canonical text and parsed articles, written once. */
export const issueFileSchema = z.object({
  schemaVersion: z.literal(ISSUE_FILE_SCHEMA_VERSION),
  meta: issueMetaSchema,
  text: z.string(),
  articles: z.array(articleSchema),
})
export type IssueFile = z.infer<typeof issueFileSchema>

export function emptyLibrary(): LibraryFile {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    issues: [],
    settings: { ...defaultStoredSettings },
    sampleImported: false,
    dictionary: [],
  }
}
