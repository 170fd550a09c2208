import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIBRARY_SCHEMA_VERSION } from '../../../src/main/store/library-schema'
import { LibraryStore } from '../../../src/main/store/library-store'
import { makeIssueFile } from '../../support/issue-fixtures'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('LibraryStore', () => {
  it('starts empty with default settings and writes its index at once', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir)
    expect(store.listIssues()).toEqual([])
    expect(store.settings.locale).toBe('system')
    const onDisk = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION)
  })

  it('keeps issues and settings across a reopen', async () => {
    const dir = await tempDir()
    const issue = makeIssueFile()
    const store = await LibraryStore.open(dir)
    await store.addIssue(issue)
    await store.updateSettings({ fontSize: 22, lastIssueId: issue.meta.id })
    const reopened = await LibraryStore.open(dir)
    expect(reopened.listIssues().map((meta) => meta.id)).toEqual([issue.meta.id])
    expect(reopened.settings.fontSize).toBe(22)
    expect((await reopened.readIssue(issue.meta.id)).text).toBe(issue.text)
  })

  it('edits paper and date in the index and the issue file', async () => {
    const dir = await tempDir()
    const issue = makeIssueFile()
    const store = await LibraryStore.open(dir)
    await store.addIssue(issue)
    const meta = await store.updateIssueMeta(issue.meta.id, { paper: '衡阳日报', date: null })
    expect(meta).toMatchObject({ paper: '衡阳日报', date: null })
    const reopened = await LibraryStore.open(dir)
    expect((await reopened.readIssue(issue.meta.id)).meta.paper).toBe('衡阳日报')
  })

  it('moves a removed issue to the trash instead of deleting it', async () => {
    const dir = await tempDir()
    const issue = makeIssueFile()
    const store = await LibraryStore.open(dir)
    await store.addIssue(issue)
    await store.updateSettings({ lastIssueId: issue.meta.id })
    expect(await store.removeIssue(issue.meta.id)).toBe(true)
    expect(store.listIssues()).toEqual([])
    expect(store.settings.lastIssueId).toBeNull()
    expect(await readdir(join(dir, 'trash'))).toEqual([`${issue.meta.id}.json`])
    expect(await store.removeIssue(issue.meta.id)).toBe(false)
  })

  it('keeps a corrupt index aside, rebuilds it from the issue files and says so', async () => {
    const dir = await tempDir()
    const issue = makeIssueFile()
    const store = await LibraryStore.open(dir)
    await store.addIssue(issue)
    await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "issues": [')
    const reopened = await LibraryStore.open(dir)
    expect(reopened.listIssues().map((meta) => meta.id)).toEqual([issue.meta.id])
    expect(reopened.notices.join(' ')).toMatch(/could not be read.*kept as library\.json\.corrupt-/)
    expect(reopened.notices.join(' ')).toMatch(
      /1 issue\(s\) missing from the library index were found again/,
    )
    const kept = (await readdir(dir)).filter((name) => name.startsWith('library.json.corrupt-'))
    expect(kept).toHaveLength(1)
    expect(await readFile(join(dir, kept[0]), 'utf8')).toBe('{"schemaVersion": 1, "issues": [')
  })

  it('treats an empty index file as damaged, never as an empty library', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir)
    await store.addIssue(makeIssueFile())
    await writeFile(join(dir, 'library.json'), '')
    const reopened = await LibraryStore.open(dir)
    expect(reopened.listIssues()).toHaveLength(1)
    expect(reopened.notices[0]).toMatch(/\(empty\)/)
  })

  it('opens a library from a newer Gloss read-only and refuses changes', async () => {
    const dir = await tempDir()
    const issue = makeIssueFile()
    const store = await LibraryStore.open(dir)
    await store.addIssue(issue)
    const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
    await writeFile(
      join(dir, 'library.json'),
      JSON.stringify({ ...index, schemaVersion: 99, future: [] }),
    )
    const reopened = await LibraryStore.open(dir)
    expect(reopened.readOnly).toBe(true)
    expect(reopened.notices[0]).toMatch(/newer Gloss/)
    expect(reopened.listIssues()).toHaveLength(1)
    await expect(reopened.updateSettings({ fontSize: 20 })).rejects.toMatchObject({
      code: 'read-only',
    })
    expect(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')).schemaVersion).toBe(99)
  })

  it('reports a missing issue as not-found', async () => {
    const store = await LibraryStore.open(await tempDir())
    await expect(store.readIssue('f'.repeat(64))).rejects.toMatchObject({ code: 'not-found' })
  })
})

describe('the dictionary in the library', () => {
  it('adds and removes entries durably', async () => {
    const dir = await tempDir()
    const store = await LibraryStore.open(dir)
    const entry = {
      id: 'e1',
      kind: 'add' as const,
      text: '欧阳明',
      type: 'person' as const,
      issueId: null,
      createdAt: 'now',
    }
    await store.addDictionaryEntry(entry)
    expect((await LibraryStore.open(dir)).dictionary).toEqual([entry])
    expect(await store.removeDictionaryEntry('e1')).toBe(true)
    expect(await store.removeDictionaryEntry('e1')).toBe(false)
    expect((await LibraryStore.open(dir)).dictionary).toEqual([])
  })
})

describe('backups of the library index', () => {
  it('restores the newest good backup when the index is damaged', async () => {
    const dir = await tempDir()
    const policy = { intervalMs: 0, keepLatest: 10, keepDays: 7 }
    const store = await LibraryStore.open(dir, policy)
    await store.updateSettings({ fontSize: 24 })
    await store.updateSettings({ fontSize: 26 })
    await writeFile(join(dir, 'library.json'), '\u0000\u0000garbage')
    const reopened = await LibraryStore.open(dir, policy)
    // The last write's backup holds the state before it: font size 24.
    expect(reopened.settings.fontSize).toBe(24)
    expect(reopened.notices[0]).toMatch(
      /the backup from \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC was restored/,
    )
  })
})
