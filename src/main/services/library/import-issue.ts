// Imports one file's bytes into the library: decode, parse, store — all or nothing. A file may
// hold several issues (a database export of many days): one outcome for each.
import { basename } from 'node:path'
import type { ImportOutcome } from '../../../shared/contract'
import { isGlossError } from '../../../shared/errors'
import type { IssueMeta } from '../../../shared/model'
import { codePointLength } from '../../../shared/offsets'
import { type ReadPart, readIssues } from '../../core/read-issue'
import type { LibraryStore } from '../../store/library-store'
import { ISSUE_FILE_SCHEMA_VERSION } from '../../store/library-schema'

export async function importIssueBytes(
  store: LibraryStore,
  bytes: Uint8Array,
  name: string,
  sourcePath: string | null,
): Promise<ImportOutcome[]> {
  let parts: ReadPart[]
  try {
    parts = await readIssues(bytes, basename(name))
  } catch (error) {
    if (!isGlossError(error)) throw error
    const failure = { code: error.code, message: error.message }
    return [{ name, status: 'skipped', issueId: null, error: failure }]
  }
  const outcomes: ImportOutcome[] = []
  for (const part of parts) {
    // One issue of several is named after its file, with its paper and date.
    const partName = part.part === null ? name : `${name} · ${part.part}`
    outcomes.push(await storeIssue(store, part, partName, basename(name), sourcePath))
  }
  return outcomes
}

async function storeIssue(
  store: LibraryStore,
  issue: ReadPart,
  name: string,
  fileName: string,
  sourcePath: string | null,
): Promise<ImportOutcome> {
  try {
    if (store.findIssue(issue.id)) {
      return { name, status: 'duplicate', issueId: issue.id, error: null }
    }
    const meta: IssueMeta = {
      id: issue.id,
      paper: issue.parsed.paper,
      date: issue.parsed.date,
      encoding: issue.encoding,
      sourceName: fileName,
      sourcePath,
      importedAt: new Date().toISOString(),
      articleCount: issue.parsed.articles.length,
      charCount: codePointLength(issue.text),
    }
    await store.addIssue({
      schemaVersion: ISSUE_FILE_SCHEMA_VERSION,
      meta,
      text: issue.text,
      articles: issue.parsed.articles,
    })
    return { name, status: 'imported', issueId: issue.id, error: null }
  } catch (error) {
    if (!isGlossError(error)) throw error
    return {
      name,
      status: 'skipped',
      issueId: null,
      error: { code: error.code, message: error.message },
    }
  }
}
