// The one API contract between the renderer and main (Electron IPC or the loopback web host).
// Each method declares its argument validator here and its result type in `ApiResults`;
// hosts validate every argument against it before calling a service.
import { z } from 'zod'
import type { ApiMethod } from './api-methods'
import type { Result } from './errors'
import type { IssueDocument, IssueMeta } from './model'

const issueId = z.string().regex(/^[0-9a-f]{64}$/, 'an issue id is 64 hex digits')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')

/** Largest file Gloss imports: 16 MiB, far above any newspaper issue (typically 10–500 KB). */
export const MAX_ISSUE_FILE_BYTES = 16 * 1024 * 1024

export const settingsSchema = z.object({
  /** UI language; `system` follows the operating system. */
  locale: z.enum(['system', 'zh', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  /** Reader body font size in CSS pixels. */
  fontSize: z.number().int().min(12).max(32),
  /** The issue shown last, reopened on the next launch. */
  lastIssueId: issueId.nullable(),
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  locale: 'system',
  theme: 'system',
  fontSize: 18,
  lastIssueId: null,
}

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
  importPaths: z
    .object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(200) })
    .strict(),
  removeIssue: z.object({ id: issueId }).strict(),
  /** Corrects an issue's paper name or date; null clears it. */
  updateIssueMeta: z
    .object({
      id: issueId,
      paper: z.string().trim().min(1).max(200).nullable().optional(),
      date: isoDate.nullable().optional(),
    })
    .strict(),
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
  return { ok: false, message: `Invalid arguments for ${method}${where}: ${issue?.message ?? 'invalid'}` }
}
