import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIBRARY_SCHEMA_VERSION } from '../../../src/main/store/library-schema'
import { LibraryStore } from '../../../src/main/store/library-store'
import { migrateLibrary } from '../../../src/main/store/migrations'
import { makeIssueFile } from '../../support/issue-fixtures'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

/** library.json exactly as each earlier Gloss wrote it. */
const earlierVersions: Record<number, (issueMeta: unknown) => Record<string, unknown>> = {
  1: (issueMeta) => ({
    schemaVersion: 1,
    issues: [issueMeta],
    settings: { locale: 'zh', theme: 'dark', fontSize: 20, lastIssueId: null },
    sampleImported: true,
  }),
  2: (issueMeta) => ({
    schemaVersion: 2,
    issues: [issueMeta],
    settings: { locale: 'zh', theme: 'dark', fontSize: 20, lastIssueId: null },
    sampleImported: true,
    dictionary: [],
  }),
}

describe('library migrations', () => {
  it('has a test fixture for every earlier version', () => {
    expect(Object.keys(earlierVersions).map(Number)).toEqual(
      Array.from({ length: LIBRARY_SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    )
  })

  it.each(Object.entries(earlierVersions))(
    'opens a version-%s library, keeps its data and a copy of the file',
    async (version, make) => {
      const dir = await tempDir()
      const issue = makeIssueFile()
      const seed = await LibraryStore.open(dir)
      await seed.addIssue(issue)
      const old = JSON.stringify(make(issue.meta), null, 2)
      await writeFile(join(dir, 'library.json'), old)

      const store = await LibraryStore.open(dir)
      expect(store.notices).toEqual([])
      expect(store.listIssues().map((meta) => meta.id)).toEqual([issue.meta.id])
      expect(store.settings).toMatchObject({
        locale: 'zh',
        theme: 'dark',
        fontSize: 20,
        author: '',
      })
      expect(store.dictionary).toEqual([])
      expect(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')).schemaVersion).toBe(
        LIBRARY_SCHEMA_VERSION,
      )
      expect(await readFile(join(dir, `library.json.v${version}.bak`), 'utf8')).toBe(old)
    },
  )

  it('leaves a current library as it is', () => {
    const current = { schemaVersion: LIBRARY_SCHEMA_VERSION, issues: [], dictionary: [] }
    expect(migrateLibrary(current)).toBe(current)
  })
})
