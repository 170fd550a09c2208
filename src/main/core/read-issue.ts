// An issue file's bytes to Gloss's model:
//   1. refuse empty and oversized files;
//   2. sniff the format from the content (see formats/sniff-format.ts), refusing what Gloss
//      does not read with a message that says what it reads;
//   3. text: decode → refuse data that is not an issue (JSON, CSV) → canonicalise → repair
//      page/column breaks → parse. Word (.docx): its paragraphs as text lines, then the same.
//      HTML: decode by the page's charset, then build the canonical text and its articles from
//      the markup together (a page without headline markup goes the text way);
//   4. refuse a file in which no article has Chinese words in it.
// The canonical text's sha-256 is the issue's id, so importing the same file twice gives the
// same issue.

import type { ParsedIssue, TextEncoding } from '../../shared/model'
import { assertIssueSize, decodeIssueBytes } from './decode/decode-issue-bytes'
import { fileError } from './decode/file-errors'
import { docxText } from './formats/docx/docx-text'
import { decodeHtmlBytes } from './formats/html/decode-html'
import { hanCount } from './text/chars'
import { sha256Hex } from './text/sha256-hex'
import { readHtmlPage } from './formats/html/read-html-page'
import type { IssueFormat } from './formats/issue-format'
import { refuseNonIssueText } from './formats/refuse-non-issue-text'
import { sniffFormat } from './formats/sniff-format'
import { dateFromFileName, paperFromFileName } from './parse/paper-date'
import { parseIssue } from './parse/parse-issue'
import { repairBrokenParagraphs } from './parse/repair-breaks'
import { splitIntoIssues } from './parse/split-issues'
import { canonicalizeText } from './text/canonical-text'

export interface ReadIssue {
  /** sha-256 (hex) of `text`. */
  id: string
  /** The canonical text every offset in `parsed` refers to (UTF-16 indices). */
  text: string
  /** The encoding the text was decoded from (a Word document's XML is UTF-8). */
  encoding: TextEncoding
  /** How the file was read. */
  format: IssueFormat
  parsed: ParsedIssue
}

/** Han characters an article needs in its headline and paragraphs to be one. */
const MIN_ARTICLE_HAN = 4

/**
 * Reads an issue file. Throws GlossError: file-empty, file-too-large, file-unsupported (PDF,
 * CSV, spreadsheets, archives…), file-binary, file-undecodable (see `decodeIssueBytes`), or
 * file-unparsable when no article is found.
 */
export async function readIssue(bytes: Uint8Array, fileName: string): Promise<ReadIssue> {
  const read = await readFile(bytes, fileName)
  return 'parsed' in read ? read : fromText(read.text, read.encoding, read.format, fileName)
}

/** One issue the file holds. */
export interface ReadPart extends ReadIssue {
  /** Which issue of several it is (`湖川日报 2025-03-12`); null when it is the whole file. */
  part: string | null
}

/**
 * Reads every issue a file holds: a database export of several days or papers is one issue per
 * paper and date (see `parse/split-issues.ts`); any other file is one issue, exactly as
 * `readIssue` reads it. Throws as `readIssue` does, and when any part holds no article.
 */
export async function readIssues(bytes: Uint8Array, fileName: string): Promise<ReadPart[]> {
  const read = await readFile(bytes, fileName)
  if ('parsed' in read) return [{ ...read, part: null }]
  const parts = splitIntoIssues(canonicalizeText(read.text))
  if (parts.length === 1) {
    return [{ ...fromText(read.text, read.encoding, read.format, fileName), part: null }]
  }
  return parts.map((part) => ({
    ...fromText(part.text, read.encoding, read.format, fileName),
    part: [part.paper, part.date].filter(Boolean).join(' '),
  }))
}

/** A file's text to parse, or an HTML page already read into its articles. */
async function readFile(
  bytes: Uint8Array,
  fileName: string,
): Promise<ReadIssue | { text: string; encoding: TextEncoding; format: IssueFormat }> {
  assertIssueSize(bytes, fileName)
  const format = await sniffFormat(bytes, fileName)
  if (format === 'docx') {
    return { text: await docxText(bytes, fileName), encoding: 'utf-8', format: 'docx' }
  }
  if (format === 'html') {
    const { text: html, encoding } = decodeHtmlBytes(bytes, fileName)
    const page = readHtmlPage(html)
    if (page.kind === 'text') return { text: page.text, encoding, format: 'html' }
    if (page.kind === 'none') {
      throw noArticle(fileName, 'the page has no article text (no paragraph with Chinese words).')
    }
    const parsed: ParsedIssue = {
      ...page.parsed,
      paper: page.parsed.paper ?? paperFromFileName(fileName),
      date: page.parsed.date ?? dateFromFileName(fileName),
    }
    return finish(page.text, encoding, 'html', parsed, fileName)
  }
  const { text, encoding } = decodeIssueBytes(bytes, fileName)
  refuseNonIssueText(text, fileName)
  return { text, encoding, format: 'text' }
}

function fromText(
  decoded: string,
  encoding: TextEncoding,
  format: IssueFormat,
  fileName: string,
): ReadIssue {
  const text = repairBrokenParagraphs(canonicalizeText(decoded), fileName)
  return finish(text, encoding, format, parseIssue(text, { fileName }), fileName)
}

function finish(
  text: string,
  encoding: TextEncoding,
  format: IssueFormat,
  parsed: ParsedIssue,
  fileName: string,
): ReadIssue {
  if (!parsed.articles.some(hasWords)) {
    throw noArticle(
      fileName,
      parsed.articles.length === 0
        ? 'the text has no headline or paragraph with words in it.'
        : 'the text has no headline or paragraph in Chinese; Gloss reads Chinese newspaper issues.',
    )
  }
  const id = sha256Hex(text)
  return { id, text, encoding, format, parsed }
}

function hasWords(article: ParsedIssue['articles'][number]): boolean {
  const spans = [article.kicker, article.title, ...article.subtitles, ...article.paragraphs]
  return spans.reduce((n, span) => n + (span ? hanCount(span.text) : 0), 0) >= MIN_ARTICLE_HAN
}

function noArticle(fileName: string, reason: string) {
  return fileError('file-unparsable', fileName, `no article found: ${reason}`)
}
