// Imports one file's bytes into the library: decode, parse, store — all or nothing.
import { basename } from 'node:path'
import type { ImportOutcome } from '../../../shared/contract'
import { isGlossError } from '../../../shared/errors'
import type { IssueMeta } from '../../../shared/model'
import { codePointLength } from '../../../shared/offsets'
import { readIssue } from '../read-issue'
import type { LibraryStore } from '../store/library-store'
import { ISSUE_FILE_SCHEMA_VERSION } from '../store/library-schema'

export async function importIssueBytes(
  store: LibraryStore,
  bytes: Uint8Array,
  name: string,
  sourcePath: string | null,
): Promise<ImportOutcome> {
  try {
    const issue = await readIssue(bytes, basename(name))
    if (store.findIssue(issue.id)) {
      return { name, status: 'duplicate', issueId: issue.id, error: null }
    }
    const meta: IssueMeta = {
      id: issue.id,
      paper: issue.parsed.paper,
      date: issue.parsed.date,
      encoding: issue.encoding,
      sourceName: basename(name),
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
