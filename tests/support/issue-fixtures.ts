import { createHash } from 'node:crypto'
import type { IssueFile } from '../../src/main/store/library-schema'
import { ISSUE_FILE_SCHEMA_VERSION } from '../../src/main/store/library-schema'

/** A small stored issue built by hand, independent of the parser. */
export function makeIssueFile(
  text = '标题\n\n正文第一段。',
  overrides: Partial<IssueFile['meta']> = {},
): IssueFile {
  const id = createHash('sha256').update(text).digest('hex')
  const titleEnd = text.indexOf('\n')
  const bodyStart = text.lastIndexOf('\n') + 1
  return {
    schemaVersion: ISSUE_FILE_SCHEMA_VERSION,
    meta: {
      id,
      paper: '测试日报',
      date: '2024-01-02',
      encoding: 'utf-8',
      sourceName: 'test.txt',
      sourcePath: null,
      importedAt: new Date().toISOString(),
      articleCount: 1,
      charCount: Array.from(text).length,
      ...overrides,
    },
    text,
    articles: [
      {
        kicker: null,
        title: { start: 0, end: titleEnd, text: text.slice(0, titleEnd) },
        subtitles: [],
        byline: null,
        paragraphs: [{ start: bodyStart, end: text.length, text: text.slice(bodyStart) }],
        credits: [],
        page: null,
        section: null,
        doubts: [],
      },
    ],
  }
}
