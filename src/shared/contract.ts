// The one API contract between the renderer and main (Electron IPC or the loopback web host).
// Each method is declared once, per domain, with its argument validator and result type; the
// validators the hosts run, the result types, the handler and client types derive from it.
// Hosts validate every argument against it before calling a service.
//
// To add a method, declare it in its domain in `apiDeclaration`; tsc then asks for its name in
// the zod-free list (api-methods.ts), its handler in that domain's handler file and its fake in
// that domain's renderer test fake.
import { z } from 'zod'
import { method, returns, type MethodDeclaration, type ResultOf } from './api-method'
import { MAX_ISSUE_FILE_BYTES } from './domain/limits'
import type { ApiMethod } from './api-methods'
import type { Result } from './errors'
import {
  entityTypes,
  type Annotation,
  type Codebook,
  type EntityMention,
  type IssueDocument,
  type IssueMeta,
  type LearnedRecognitionPreview,
  type LibraryMention,
  type StoredDictionaryEntry,
  type StructureCorrection,
  structureRoles,
} from './model'

const issueId = z.string().regex(/^[0-9a-f]{64}$/, 'an issue id is 64 hex digits')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')

export { MAX_ISSUE_FILE_BYTES }

export const settingsSchema = z.object({
  /** UI language; `system` follows the operating system. */
  locale: z.enum(['system', 'zh', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  /** Reader body font size in CSS pixels. */
  fontSize: z.number().int().min(12).max(32),
  /** The issue shown last, reopened on the next launch. */
  lastIssueId: issueId.nullable(),
  /** Recorded on every annotation as its author; set once in preferences. */
  author: z.string().trim().max(200),
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  locale: 'system',
  theme: 'system',
  fontSize: 18,
  lastIssueId: null,
  author: '',
}

const entityType = z.enum(entityTypes)
const themeId = z.string().min(1).max(200)
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb')
const bilingual = z.object({ zh: z.string().max(500), en: z.string().max(500) }).strict()
const themeName = z
  .object({ zh: z.string().trim().max(200), en: z.string().trim().max(200) })
  .strict()
  .refine((name) => name.zh.length > 0 || name.en.length > 0, 'a theme needs a name')
/** UTF-16 offsets into the issue's canonical text, as the renderer's selection gives them. */
const utf16Offset = z.number().int().nonnegative()
/** A change to an issue's structure (see `StructureEdit` in the model). */
export const structureEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: z.enum(structureRoles) }).strict(),
  z.object({ kind: z.literal('split') }).strict(),
  z.object({ kind: z.literal('merge') }).strict(),
])
const exportScope = z
  .object({
    format: z.enum(['json', 'csv', 'w3c']),
    /** null: the whole library. */
    issueIds: z.array(issueId).min(1).nullable(),
    /** Only annotations with at least one of these themes; null: all. */
    themeIds: z.array(themeId).min(1).nullable(),
  })
  .strict()

export const apiDeclaration = {
  library: {
    /** Facts about the running app and host; `notices` are things the user must be told once. */
    getAppInfo: method(z.object({}).strict(), returns<AppInfo>()),
    getSettings: method(z.object({}).strict(), returns<Settings>()),
    /** Merges the given fields into the settings and returns them all. */
    updateSettings: method(settingsSchema.partial().strict(), returns<Settings>()),
    /** Every issue in the library, in import order. */
    listIssues: method(z.object({}).strict(), returns<IssueMeta[]>()),
    /** Error `not-found` when the library has no such issue. */
    getIssue: method(z.object({ id: issueId }).strict(), returns<IssueDocument>()),
    /** Imports files the renderer read itself (drag-and-drop, a browser file input). */
    importFiles: method(
      z
        .object({
          files: z
            .array(
              z
                .object({
                  /** The file name, or its path relative to a dropped folder. */
                  name: z.string().min(1).max(4096),
                  /** The file's bytes, base64-encoded. */
                  data: z.string().max(Math.ceil(MAX_ISSUE_FILE_BYTES / 3) * 4 + 8),
                })
                .strict(),
            )
            .min(1)
            .max(200),
        })
        .strict(),
      returns<ImportReport>(),
    ),
    /** Shows the native open dialog (Electron only; `unsupported` in a browser) and returns the
     * chosen files, or every issue file below the chosen folder. */
    pickImportPaths: method(
      z.object({ mode: z.enum(['files', 'folder']) }).strict(),
      returns<{ paths: string[] }>(),
    ),
    /** Imports files by path (Electron only: the browser host never reads paths it is sent). */
    importPaths: method(
      z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(200) }).strict(),
      returns<ImportReport>(),
    ),
    removeIssue: method(z.object({ id: issueId }).strict(), returns<{ removed: boolean }>()),
    /** Corrects an issue's paper name or date; null clears it. */
    updateIssueMeta: method(
      z
        .object({
          id: issueId,
          paper: z.string().trim().min(1).max(200).nullable().optional(),
          date: isoDate.nullable().optional(),
        })
        .strict(),
      returns<IssueMeta>(),
    ),
  },
  entities: {
    /** The issue's entities (UTF-16 offsets), with the user's dictionary applied; cached. */
    getIssueEntities: method(
      z.object({ id: issueId }).strict(),
      returns<{ mentions: EntityMention[] }>(),
    ),
    getDictionary: method(z.object({}).strict(), returns<StoredDictionaryEntry[]>()),
    /** Marks a surface as an entity everywhere, or rejects one everywhere (`issueId` null) or
     * in one issue only. */
    addDictionaryEntry: method(
      z
        .object({
          entry: z.discriminatedUnion('kind', [
            z
              .object({
                kind: z.literal('add'),
                text: z.string().min(1).max(100),
                type: entityType,
              })
              .strict(),
            z
              .object({
                kind: z.literal('reject'),
                text: z.string().min(1).max(100),
                type: entityType.nullable(),
              })
              .strict(),
          ]),
          issueId: issueId.nullable(),
        })
        .strict(),
      returns<StoredDictionaryEntry>(),
    ),
    removeDictionaryEntry: method(
      z.object({ id: z.string().min(1).max(100) }).strict(),
      returns<{ removed: boolean }>(),
    ),
    /** Every mention of this entity in the library, with keyword-in-context snippets. */
    findEntityInLibrary: method(
      z.object({ text: z.string().min(1).max(100), type: entityType }).strict(),
      returns<LibraryMention[]>(),
    ),
    /** Learns from the user's corrections without applying it: what would change in `issueId`
     * and in a sample of the library. Error `unsupported` when no model is installed. */
    previewLearnedRecognition: method(
      z.object({ issueId }).strict(),
      returns<LearnedRecognitionPreview>(),
    ),
    /** Applies a preview's learned recognition (undoable). Error `not-found` when the preview
     * is no longer the latest one or the corrections changed since. */
    applyLearnedRecognition: method(
      z.object({ previewId: z.string().min(1).max(100) }).strict(),
      returns<{ applied: boolean }>(),
    ),
  },
  codebook: {
    getCodebook: method(z.object({}).strict(), returns<Codebook>()),
    addTheme: method(
      z
        .object({
          name: themeName,
          parentId: themeId.nullable(),
          colour: colour.optional(),
          description: bilingual.optional(),
        })
        .strict(),
      returns<{ codebook: Codebook; themeId: string }>(),
    ),
    updateTheme: method(
      z
        .object({
          id: themeId,
          name: themeName.optional(),
          colour: colour.optional(),
          description: bilingual.optional(),
        })
        .strict(),
      returns<Codebook>(),
    ),
    /** Nests, un-nests or reorders: the theme becomes child `index` of `parentId`. */
    moveTheme: method(
      z
        .object({
          id: themeId,
          parentId: themeId.nullable(),
          index: z.number().int().nonnegative(),
        })
        .strict(),
      returns<Codebook>(),
    ),
    /** Moves every annotation of `fromId` to `intoId`, then removes `fromId`. */
    mergeThemes: method(
      z.object({ fromId: themeId, intoId: themeId }).strict(),
      returns<Codebook>(),
    ),
    /** What happens to its annotations is the caller's explicit choice. */
    deleteTheme: method(
      z
        .object({
          id: themeId,
          annotations: z.discriminatedUnion('action', [
            z.object({ action: z.literal('untag') }).strict(),
            z.object({ action: z.literal('move'), themeId }).strict(),
          ]),
        })
        .strict(),
      returns<Codebook>(),
    ),
    /** How many annotations (and in how many issues) use a theme, before a delete or merge. */
    getThemeUsage: method(
      z.object({ id: themeId }).strict(),
      returns<{ annotations: number; issues: number }>(),
    ),
    /** Merges a codebook file (gloss-codebook JSON) into the current one by theme id. */
    importCodebook: method(
      z.object({ json: z.string().min(2).max(5_000_000) }).strict(),
      returns<{ codebook: Codebook; added: number; updated: number }>(),
    ),
    exportCodebook: method(z.object({}).strict(), returns<ExportedFile>()),
  },
  annotations: {
    /** The issue's annotations in document order. */
    listAnnotations: method(z.object({ issueId }).strict(), returns<Annotation[]>()),
    createAnnotation: method(
      z
        .object({
          issueId,
          start: utf16Offset,
          end: utf16Offset,
          themeIds: z.array(themeId).max(50),
          memo: z.string().max(100_000).optional(),
        })
        .strict()
        .refine((a) => a.end > a.start, 'an annotation covers at least one character'),
      returns<Annotation>(),
    ),
    /** Changes themes and/or memo; consecutive memo edits merge into one undo step. */
    updateAnnotation: method(
      z
        .object({
          issueId,
          id: z.string().min(1).max(100),
          themeIds: z.array(themeId).max(50).optional(),
          memo: z.string().max(100_000).optional(),
        })
        .strict(),
      returns<Annotation>(),
    ),
    deleteAnnotation: method(
      z.object({ issueId, id: z.string().min(1).max(100) }).strict(),
      returns<{ deleted: boolean }>(),
    ),
    /** Places an annotation (typically an orphan) on a new selection of its issue's text. */
    reanchorAnnotation: method(
      z
        .object({ issueId, id: z.string().min(1).max(100), start: utf16Offset, end: utf16Offset })
        .strict()
        .refine((a) => a.end > a.start, 'an annotation covers at least one character'),
      returns<Annotation>(),
    ),
    /** Replaces an issue's text with a corrected file: the issue gets the new text's id, its
     * annotations are re-anchored by quote and context, and those that cannot be placed are
     * kept as orphans. The old version goes to the trash. */
    replaceIssueText: method(
      z
        .object({
          id: issueId,
          file: z
            .object({
              name: z.string().min(1).max(4096),
              data: z.string().max(Math.ceil(MAX_ISSUE_FILE_BYTES / 3) * 4 + 8),
            })
            .strict(),
        })
        .strict(),
      returns<{ issue: IssueMeta; anchored: number; orphans: number }>(),
    ),
    getHistory: method(z.object({}).strict(), returns<HistoryState>()),
    /** Reverts the last annotation, codebook or structure change. */
    undo: method(z.object({}).strict(), returns<HistoryState>()),
    redo: method(z.object({}).strict(), returns<HistoryState>()),
  },
  structure: {
    /** The issue's structure corrections in the order they apply, and those that no longer do. */
    getStructureCorrections: method(z.object({ issueId }).strict(), returns<StructureState>()),
    /** Corrects the structure at the part starting at `at` (a UTF-16 offset); undoable. Error
     * `bad-arguments` when no part of the issue starts there or the change cannot apply. */
    addStructureCorrection: method(
      z.object({ issueId, at: utf16Offset, edit: structureEditSchema }).strict(),
      returns<StructureState>(),
    ),
    /** Takes a correction back (one that no longer applies, say); undoable. */
    removeStructureCorrection: method(
      z.object({ issueId, id: z.string().min(1).max(100) }).strict(),
      returns<StructureState>(),
    ),
  },
  export: {
    /** Builds an export and returns its files' contents (the browser host downloads them). */
    exportData: method(exportScope, returns<{ files: ExportedFile[] }>()),
    /** Electron: asks where to save, then writes the export atomically. */
    saveExport: method(exportScope, returns<{ paths: string[] }>()),
    /** Merges a Gloss JSON export (e.g. a colleague's) into the library, without duplicates. */
    importGlossExport: method(
      z.object({ json: z.string().min(2).max(200_000_000) }).strict(),
      returns<ExchangeSummary>(),
    ),
  },
} as const

type Declaration = typeof apiDeclaration

/** A group of methods served by one handler module (and faked by one renderer test fake). */
export type ApiDomain = keyof Declaration

/** Every method the declaration names; the zod-free name list must equal it (tested). */
export type DeclaredMethod = { [D in ApiDomain]: keyof Declaration[D] & string }[ApiDomain]

/** The methods of one domain. */
export type DomainMethod<D extends ApiDomain> = Extract<keyof Declaration[D], ApiMethod>

type DeclarationOf<M extends ApiMethod> = {
  [D in ApiDomain]: M extends keyof Declaration[D] ? Declaration[D][M] : never
}[ApiDomain]

/** The argument validator of method `M`. */
export type ArgsSchemaOf<M extends ApiMethod> =
  DeclarationOf<M> extends MethodDeclaration<infer Args, unknown> ? Args : never

type Validators = { [M in ApiMethod]: ArgsSchemaOf<M> }

function validatorsOf(declaration: Declaration): Validators {
  const entries = Object.values(declaration).flatMap((domain) =>
    Object.entries(domain).map(([name, declared]) => [name, declared.args] as const),
  )
  return Object.fromEntries(entries) as Validators
}

/** The argument validator of every method, by name: what the hosts run. */
export const contract: Validators = validatorsOf(apiDeclaration)

/** Arguments as a caller passes them. */
export type ApiArgs = { [M in ApiMethod]: z.input<ArgsSchemaOf<M>> }

/** Arguments as a handler receives them, validated. */
export type ParsedArgs = { [M in ApiMethod]: z.output<ArgsSchemaOf<M>> }

export type ApiResults = { [M in ApiMethod]: ResultOf<DeclarationOf<M>> }

export interface AppInfo {
  version: string
  host: 'electron' | 'web'
  /** The folder the library lives in. */
  dataDir: string
  /** True where the host can show a native file dialog and read paths (Electron). */
  canPickPaths: boolean
  /** Things that happened at start-up the user must be told (a recovered library file…). */
  notices: string[]
  /** True when the library was opened read-only (e.g. written by a newer Gloss). */
  readOnly: boolean
}

export interface ImportOutcome {
  /** The file's name as given. */
  name: string
  status: 'imported' | 'duplicate' | 'skipped'
  /** The issue's id when imported or already present. */
  issueId: string | null
  /** Why a file was skipped. */
  error: { code: string; message: string } | null
}

export interface ImportReport {
  outcomes: ImportOutcome[]
}

export interface HistoryState {
  canUndo: boolean
  canRedo: boolean
  /** What undo would revert, for a tooltip ("Undo: tag passage"). */
  undoLabel: string | null
  redoLabel: string | null
  /** What the last undo/redo changed, so the renderer refreshes just that. */
  lastChange: { issueId: string | null; codebook: boolean } | null
}

export interface ExportedFile {
  name: string
  /** MIME type for a download. */
  type: string
  content: string
}

export interface ExchangeSummary {
  issuesAdded: number
  themesAdded: number
  annotationsAdded: number
  duplicatesSkipped: number
  /** Things that could not be merged, each a sentence. */
  problems: string[]
}

export interface StructureState {
  /** Every correction of the issue, in the order they apply. */
  corrections: StructureCorrection[]
  /** Ids of the corrections that no longer apply to the issue's parse (shown, never dropped). */
  staleIds: string[]
  /** The issue's article count with the corrections applied. */
  articleCount: number
}

/** The API as the renderer sees it: one async method per contract entry. */
export type GlossApi = {
  [M in ApiMethod]: (args: ApiArgs[M]) => Promise<ApiResults[M]>
}

/** What crosses the wire: every call resolves to an envelope, never a thrown error. */
export type WireApi = {
  [M in ApiMethod]: (args: ApiArgs[M]) => Promise<Result<ApiResults[M]>>
}

/** One domain's part of the API, as the renderer (and its test fakes) see it. */
export type DomainApi<D extends ApiDomain> = Pick<GlossApi, DomainMethod<D>>

/** Validates one call's arguments; returns the parsed value or a `bad-arguments` message. */
export function validateArgs<M extends ApiMethod>(
  method: M,
  raw: unknown,
): { ok: true; value: ParsedArgs[M] } | { ok: false; message: string } {
  const schema: z.ZodType = contract[method]
  const parsed = schema.safeParse(raw ?? {})
  if (parsed.success) return { ok: true, value: parsed.data as ParsedArgs[M] }
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  return {
    ok: false,
    message: `Invalid arguments for ${method}${where}: ${issue?.message ?? 'invalid'}`,
  }
}
