// An in-memory GlossApi for renderer tests: behaves like the host (idempotent imports, skipped
// non-text files, settings merge) and records every call through vi.fn. Each later domain has
// its own fake file (fake-entities, fake-codebook, fake-annotations, fake-export) composed here.
// Like a host, it validates every call's arguments against the contract first.
import { vi, type Mock } from 'vitest'
import {
  validateArgs,
  type ApiArgs,
  type ApiResults,
  type AppInfo,
  type DomainApi,
  type GlossApi,
  type ImportOutcome,
  type Settings,
} from '../../../src/shared/contract'
import { apiMethods, type ApiMethod } from '../../../src/shared/api-methods'
import type { IssueDocument } from '../../../src/shared/model'
import { ApiError } from '../../../src/renderer/src/api/api-error'
import { createFakeAnnotations } from './fake-annotations'
import { createFakeCodebook } from './fake-codebook'
import { createFakeEntities, type FakeEntityOptions } from './fake-entities'
import { createFakeExport } from './fake-export'
import { correctedDocument, createFakeStructure } from './fake-structure'
import { createTaggingStore, type TaggingOptions } from './fake-tagging-store'
import { buildIssue, issueId } from './fixtures'

export type FakeApi = { [M in ApiMethod]: Mock<(args: ApiArgs[M]) => Promise<ApiResults[M]>> }

export interface FakeOptions {
  issues?: IssueDocument[]
  settings?: Partial<Settings>
  appInfo?: Partial<AppInfo>
  /** Paths pickImportPaths returns (Electron). */
  pickedPaths?: string[]
  /** What the fake recogniser finds, and the user's dictionary at start. */
  entities?: FakeEntityOptions
  /** The codebook (default: codebook-fixture.ts) and annotations at start. */
  tagging?: TaggingOptions
}

function decodeBase64(data: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)))
}

export function createFakeApi(options: FakeOptions = {}): FakeApi & GlossApi {
  const issues = new Map((options.issues ?? []).map((doc) => [doc.meta.id, doc]))
  let settings: Settings = {
    locale: 'en',
    theme: 'light',
    fontSize: 18,
    lastIssueId: null,
    author: '',
    ...options.settings,
  }
  let next = 100
  const tagging = createTaggingStore(options.tagging)
  const contents = new Map<string, string>()

  function importText(name: string, text: string): ImportOutcome {
    if (!/\.(txt|text|html?|docx)$/i.test(name)) {
      return {
        name,
        status: 'skipped',
        issueId: null,
        error: {
          code: 'file-unsupported',
          message: `Cannot open “${name}”: it is a PDF document. Gloss reads newspaper issues as plain text (.txt), saved web pages (.html, .htm) and Word documents (.docx).`,
        },
      }
    }
    const existing = contents.get(text)
    if (existing) return { name, status: 'duplicate', issueId: existing, error: null }
    const id = issueId(next++)
    contents.set(text, id)
    const [title, ...paragraphs] = text.split('\n').filter(Boolean)
    issues.set(
      id,
      buildIssue({ id, paper: null, date: null, sourceName: name.split('/').pop() ?? name }, [
        { title: title ?? name, paragraphs },
      ]),
    )
    return { name, status: 'imported', issueId: id, error: null }
  }

  const library: DomainApi<'library'> = {
    getAppInfo: async () => ({
      version: '0.1.0',
      host: 'web',
      dataDir: '/tmp/gloss',
      canPickPaths: false,
      notices: [],
      readOnly: false,
      ...options.appInfo,
    }),
    getSettings: async () => settings,
    updateSettings: async (patch) => {
      settings = { ...settings, ...patch }
      return settings
    },
    listIssues: async () =>
      [...issues.values()].map(
        (doc) => correctedDocument(doc, tagging.structure(doc.meta.id)).doc.meta,
      ),
    getIssue: async ({ id }) => {
      const doc = issues.get(id)
      if (!doc) throw new ApiError('not-found', `No issue ${id}`)
      return correctedDocument(doc, tagging.structure(id)).doc
    },
    importFiles: async ({ files }) => ({
      outcomes: files.map((f) => importText(f.name, decodeBase64(f.data))),
    }),
    pickImportPaths: async () => ({ paths: options.pickedPaths ?? [] }),
    importPaths: async ({ paths }) => ({
      outcomes: paths.map((p) => importText(p, `${p}\nbody of ${p}`)),
    }),
    removeIssue: async ({ id }) => ({ removed: issues.delete(id) }),
    updateIssueMeta: async ({ id, paper, date }) => {
      const doc = issues.get(id)
      if (!doc) throw new ApiError('not-found', `No issue ${id}`)
      const meta = {
        ...doc.meta,
        ...(paper !== undefined ? { paper } : {}),
        ...(date !== undefined ? { date } : {}),
      }
      issues.set(id, { ...doc, meta })
      return meta
    },
  }
  const api: GlossApi = {
    ...library,
    ...createFakeEntities(issues, options.entities),
    ...createFakeCodebook(tagging),
    ...createFakeAnnotations(issues, tagging, () => settings.author),
    ...createFakeExport(issues),
    ...createFakeStructure(issues, tagging),
  }
  const spied = Object.fromEntries(
    apiMethods.map((method) => [method, vi.fn(validating(method, api[method]))]),
  )
  return spied as unknown as FakeApi & GlossApi
}

/** Runs `call` on the arguments as the contract parses them; rejects what the host rejects. */
function validating(method: ApiMethod, call: GlossApi[ApiMethod]) {
  const untyped = call as (args: unknown) => Promise<unknown>
  return async (args: unknown) => {
    const parsed = validateArgs(method, args)
    if (!parsed.ok) throw new ApiError('bad-arguments', parsed.message)
    return untyped(parsed.value)
  }
}
