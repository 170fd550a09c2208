// Export and exchange methods of the fake GlossApi, in memory: `exportData` builds the files a
// host would (a small gloss-export JSON, two CSVs, or JSON-LD) from the fake library,
// `saveExport` "saves" them under a fixed folder, and `importGlossExport` merges such a JSON
// back into the library, skipping issues it already has.
import type {
  ExchangeSummary,
  ExportedFile,
  DomainApi,
  GlossApi,
} from '../../../src/shared/contract'
import type { IssueDocument } from '../../../src/shared/model'
import { ApiError } from '../../../src/renderer/src/api/api-error'
import { buildIssue } from './fixtures'

export type ExportMethods = DomainApi<'export'>
type Scope = Parameters<GlossApi['exportData']>[0]

/** Where the fake's `saveExport` says it wrote the files. */
export const SAVE_FOLDER = '/home/researcher/Documents'

interface ExportedIssue {
  id: string
  paper: string | null
  date: string | null
  sourceName: string
  text: string
  articles: { title: { text: string }; paragraphs: { text: string }[] }[]
  annotations: unknown[]
}

function pick(issues: Map<string, IssueDocument>, ids: string[] | null): IssueDocument[] {
  if (ids === null) return [...issues.values()]
  return ids.map((id) => {
    const doc = issues.get(id)
    if (!doc) throw new ApiError('not-found', `No issue ${id}`)
    return doc
  })
}

/** A gloss-export JSON of the given issues (no annotations: the fake keeps none). */
export function fakeGlossExport(docs: IssueDocument[], themeIds: string[] | null = null): string {
  const issues: ExportedIssue[] = docs.map((doc) => ({
    ...doc.meta,
    text: doc.text,
    articles: doc.articles,
    annotations: [],
  }))
  const filter = themeIds ? { themes: themeIds } : null
  return JSON.stringify({
    format: 'gloss-export',
    schemaVersion: 1,
    filter,
    codebook: { themes: [] },
    issues,
  })
}

function files(issues: Map<string, IssueDocument>, scope: Scope): ExportedFile[] {
  const docs = pick(issues, scope.issueIds ?? null)
  const stem = `gloss-${scope.issueIds?.length === 1 ? scope.issueIds[0].slice(0, 12) : 'library'}`
  const rows = docs.map((d) => `${d.meta.id},${d.meta.date ?? ''}`).join('\n')
  switch (scope.format) {
    case 'json':
      return [
        {
          name: `${stem}.gloss.json`,
          type: 'application/json',
          content: fakeGlossExport(docs, scope.themeIds ?? null),
        },
      ]
    case 'csv':
      return [
        {
          name: `${stem}-annotations.csv`,
          type: 'text/csv',
          content: `\uFEFFissue_id,date\n${rows}`,
        },
        { name: `${stem}-entities.csv`, type: 'text/csv', content: `\uFEFFissue_id,date\n${rows}` },
      ]
    case 'w3c':
      return [
        {
          name: `${stem}.jsonld`,
          type: 'application/ld+json',
          content: JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', items: [] }),
        },
      ]
  }
}

function merge(issues: Map<string, IssueDocument>, json: string): ExchangeSummary {
  let parsed: {
    format?: unknown
    issues?: ExportedIssue[]
    codebook?: { themes?: { id: string }[] }
  }
  try {
    parsed = JSON.parse(json) as typeof parsed
  } catch {
    throw new ApiError('bad-arguments', 'The file is not JSON.')
  }
  if (parsed.format !== 'gloss-export' || !Array.isArray(parsed.issues))
    throw new ApiError('bad-arguments', 'The file is not a Gloss export.')
  const summary: ExchangeSummary = {
    issuesAdded: 0,
    themesAdded: parsed.codebook?.themes?.length ?? 0,
    annotationsAdded: 0,
    duplicatesSkipped: 0,
    problems: [],
  }
  for (const issue of parsed.issues) {
    if (!issue.text) {
      summary.problems.push(`Issue ${issue.id} has no text and was left out.`)
    } else if (issues.has(issue.id)) {
      summary.duplicatesSkipped += 1
    } else {
      const articles = issue.articles.map((a) => ({
        title: a.title.text,
        paragraphs: a.paragraphs.map((p) => p.text),
      }))
      const { id, paper, date, sourceName } = issue
      issues.set(id, buildIssue({ id, paper, date, sourceName }, articles))
      summary.issuesAdded += 1
      summary.annotationsAdded += issue.annotations.length
    }
  }
  return summary
}

export function createFakeExport(issues: Map<string, IssueDocument>): ExportMethods {
  return {
    exportData: async (scope) => ({ files: files(issues, scope) }),
    saveExport: async (scope) => ({
      paths: files(issues, scope).map((f) => `${SAVE_FOLDER}/${f.name}`),
    }),
    importGlossExport: async ({ json }) => merge(issues, json),
  }
}
