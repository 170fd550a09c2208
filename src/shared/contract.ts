// The one API contract between the renderer and main (Electron IPC or the loopback web host).
// Each method declares its argument validator here and its result type in `ApiResults`;
// hosts validate every argument against it before calling a service.
import { z } from 'zod'
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

import { MAX_ISSUE_FILE_BYTES } from './domain/limits'
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

export const contract = {
  /** Facts about the running app and host; `notices` are things the user must be told once. */
  getAppInfo: z.object({}).strict(),
  getSettings: z.object({}).strict(),
  /** Merges the given fields into the settings and returns them all. */
  updateSettings: settingsSchema.partial().strict(),
  /** Every issue in the library, in import order. */
  listIssues: z.object({}).strict(),
  /** Error `not-found` when the library has no such issue. */
  getIssue: z.object({ id: issueId }).strict(),
  /** Imports files the renderer read itself (drag-and-drop, a browser file input). */
  importFiles: z
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
  /** Shows the native open dialog (Electron only; `unsupported` in a browser) and returns the
   * chosen files, or every issue file below the chosen folder. */
  pickImportPaths: z.object({ mode: z.enum(['files', 'folder']) }).strict(),
  /** Imports files by path (Electron only: the browser host never reads paths it is sent). */
  importPaths: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(200) }).strict(),
  removeIssue: z.object({ id: issueId }).strict(),
  /** Corrects an issue's paper name or date; null clears it. */
  updateIssueMeta: z
    .object({
      id: issueId,
      paper: z.string().trim().min(1).max(200).nullable().optional(),
      date: isoDate.nullable().optional(),
    })
    .strict(),

  /** The issue's entities (UTF-16 offsets), with the user's dictionary applied; cached. */
  getIssueEntities: z.object({ id: issueId }).strict(),
  getDictionary: z.object({}).strict(),
  /** Marks a surface as an entity everywhere, or rejects one everywhere (`issueId` null) or
   * in one issue only. */
  addDictionaryEntry: z
    .object({
      entry: z.discriminatedUnion('kind', [
        z
          .object({ kind: z.literal('add'), text: z.string().min(1).max(100), type: entityType })
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
  removeDictionaryEntry: z.object({ id: z.string().min(1).max(100) }).strict(),
  /** Every mention of this entity in the library, with keyword-in-context snippets. */
  findEntityInLibrary: z.object({ text: z.string().min(1).max(100), type: entityType }).strict(),
  /** Learns from the user's corrections without applying it: what would change in `issueId`
   * and in a sample of the library. Error `unsupported` when no model is installed. */
  previewLearnedRecognition: z.object({ issueId }).strict(),
  /** Applies a preview's learned recognition (undoable). Error `not-found` when the preview
   * is no longer the latest one or the corrections changed since. */
  applyLearnedRecognition: z.object({ previewId: z.string().min(1).max(100) }).strict(),

  getCodebook: z.object({}).strict(),
  addTheme: z
    .object({
      name: themeName,
      parentId: themeId.nullable(),
      colour: colour.optional(),
      description: bilingual.optional(),
    })
    .strict(),
  updateTheme: z
    .object({
      id: themeId,
      name: themeName.optional(),
      colour: colour.optional(),
      description: bilingual.optional(),
    })
    .strict(),
  /** Nests, un-nests or reorders: the theme becomes child `index` of `parentId`. */
  moveTheme: z
    .object({ id: themeId, parentId: themeId.nullable(), index: z.number().int().nonnegative() })
    .strict(),
  /** Moves every annotation of `fromId` to `intoId`, then removes `fromId`. */
  mergeThemes: z.object({ fromId: themeId, intoId: themeId }).strict(),
  /** What happens to its annotations is the caller's explicit choice. */
  deleteTheme: z
    .object({
      id: themeId,
      annotations: z.discriminatedUnion('action', [
        z.object({ action: z.literal('untag') }).strict(),
        z.object({ action: z.literal('move'), themeId }).strict(),
      ]),
    })
    .strict(),
  /** How many annotations (and in how many issues) use a theme, before a delete or merge. */
  getThemeUsage: z.object({ id: themeId }).strict(),
  /** Merges a codebook file (gloss-codebook JSON) into the current one by theme id. */
  importCodebook: z.object({ json: z.string().min(2).max(5_000_000) }).strict(),
  exportCodebook: z.object({}).strict(),

  /** The issue's annotations in document order. */
  listAnnotations: z.object({ issueId }).strict(),
  createAnnotation: z
    .object({
      issueId,
      start: utf16Offset,
      end: utf16Offset,
      themeIds: z.array(themeId).max(50),
      memo: z.string().max(100_000).optional(),
    })
    .strict()
    .refine((a) => a.end > a.start, 'an annotation covers at least one character'),
  /** Changes themes and/or memo; consecutive memo edits merge into one undo step. */
  updateAnnotation: z
    .object({
      issueId,
      id: z.string().min(1).max(100),
      themeIds: z.array(themeId).max(50).optional(),
      memo: z.string().max(100_000).optional(),
    })
    .strict(),
  deleteAnnotation: z.object({ issueId, id: z.string().min(1).max(100) }).strict(),
  /** Places an annotation (typically an orphan) on a new selection of its issue's text. */
  reanchorAnnotation: z
    .object({ issueId, id: z.string().min(1).max(100), start: utf16Offset, end: utf16Offset })
    .strict()
    .refine((a) => a.end > a.start, 'an annotation covers at least one character'),
  /** Replaces an issue's text with a corrected file: the issue gets the new text's id, its
   * annotations are re-anchored by quote and context, and those that cannot be placed are
   * kept as orphans. The old version goes to the trash. */
  replaceIssueText: z
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
  /** The issue's structure corrections in the order they apply, and those that no longer do. */
  getStructureCorrections: z.object({ issueId }).strict(),
  /** Corrects the structure at the part starting at `at` (a UTF-16 offset); undoable. Error
   * `bad-arguments` when no part of the issue starts there or the change cannot apply. */
  addStructureCorrection: z
    .object({ issueId, at: utf16Offset, edit: structureEditSchema })
    .strict(),
  /** Takes a correction back (one that no longer applies, say); undoable. */
  removeStructureCorrection: z.object({ issueId, id: z.string().min(1).max(100) }).strict(),
  getHistory: z.object({}).strict(),
  /** Reverts the last annotation, codebook or structure change. */
  undo: z.object({}).strict(),
  redo: z.object({}).strict(),

  /** Builds an export and returns its files' contents (the browser host downloads them). */
  exportData: exportScope,
  /** Electron: asks where to save, then writes the export atomically. */
  saveExport: exportScope,
  /** Merges a Gloss JSON export (e.g. a colleague's) into the library, without duplicates. */
  importGlossExport: z.object({ json: z.string().min(2).max(200_000_000) }).strict(),
} as const satisfies Record<ApiMethod, z.ZodType>

export type ApiArgs = { [M in ApiMethod]: z.input<(typeof contract)[M]> }

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

export interface ApiResults {
  getAppInfo: AppInfo
  getSettings: Settings
  updateSettings: Settings
  listIssues: IssueMeta[]
  getIssue: IssueDocument
  importFiles: ImportReport
  pickImportPaths: { paths: string[] }
  importPaths: ImportReport
  removeIssue: { removed: boolean }
  updateIssueMeta: IssueMeta
  getIssueEntities: { mentions: EntityMention[] }
  getDictionary: StoredDictionaryEntry[]
  addDictionaryEntry: StoredDictionaryEntry
  removeDictionaryEntry: { removed: boolean }
  findEntityInLibrary: LibraryMention[]
  previewLearnedRecognition: LearnedRecognitionPreview
  applyLearnedRecognition: { applied: boolean }
  getCodebook: Codebook
  addTheme: { codebook: Codebook; themeId: string }
  updateTheme: Codebook
  moveTheme: Codebook
  mergeThemes: Codebook
  deleteTheme: Codebook
  getThemeUsage: { annotations: number; issues: number }
  importCodebook: { codebook: Codebook; added: number; updated: number }
  exportCodebook: ExportedFile
  listAnnotations: Annotation[]
  createAnnotation: Annotation
  updateAnnotation: Annotation
  deleteAnnotation: { deleted: boolean }
  reanchorAnnotation: Annotation
  replaceIssueText: { issue: IssueMeta; anchored: number; orphans: number }
  getStructureCorrections: StructureState
  addStructureCorrection: StructureState
  removeStructureCorrection: StructureState
  getHistory: HistoryState
  undo: HistoryState
  redo: HistoryState
  exportData: { files: ExportedFile[] }
  saveExport: { paths: string[] }
  importGlossExport: ExchangeSummary
}

/** The API as the renderer sees it: one async method per contract entry. */
export type GlossApi = {
  [M in ApiMethod]: (args: ApiArgs[M]) => Promise<ApiResults[M]>
}

/** What crosses the wire: every call resolves to an envelope, never a thrown error. */
export type WireApi = {
  [M in ApiMethod]: (args: ApiArgs[M]) => Promise<Result<ApiResults[M]>>
}

/** Validates one call's arguments; returns the parsed value or a `bad-arguments` message. */
export function validateArgs<M extends ApiMethod>(
  method: M,
  raw: unknown,
): { ok: true; value: z.output<(typeof contract)[M]> } | { ok: false; message: string } {
  const parsed = contract[method].safeParse(raw ?? {})
  if (parsed.success) return { ok: true, value: parsed.data as z.output<(typeof contract)[M]> }
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  return {
    ok: false,
    message: `Invalid arguments for ${method}${where}: ${issue?.message ?? 'invalid'}`,
  }
}
