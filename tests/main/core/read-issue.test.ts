// readIssue end to end: the same issue in every encoding and line-ending style is the same
// issue (same canonical text, same id, same parse); unparsable files are refused by name.

import { createHash } from 'node:crypto'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { readIssue, type ReadIssue } from '../../../src/main/core/read-issue'
import { GlossError } from '../../../src/shared/errors'
import { CodePointIndex } from '../../../src/shared/offsets'
import { fixtureText, SAMPLE_NAME, sampleText } from './parse/fixtures'
import { expectInvariants } from './parse/invariants'

const sample = sampleText()
const encode = (text: string, encoding: string, bom: number[] = []) =>
  new Uint8Array([...bom, ...iconv.encode(text, encoding)])

describe('readIssue', () => {
  let reference: ReadIssue
  beforeAll(async () => {
    reference = await readIssue(encode(sample, 'utf-8'), SAMPLE_NAME)
  })

  it('decodes, canonicalises, repairs breaks and parses the sample', () => {
    expect(reference.encoding).toBe('utf-8')
    expect(reference.format).toBe('text')
    expect(reference.parsed.articles).toHaveLength(4)
    expect(reference.parsed.paper).toBe('衡阳晚报')
    expect(reference.parsed.date).toBe('2023-04-26')
    expect(reference.text).toContain('积极走出去招商,支持企业和产业')
    expectInvariants(reference.text, reference.parsed)
  })

  it('uses the sha-256 of the canonical text as the id', () => {
    expect(reference.id).toBe(createHash('sha256').update(reference.text).digest('hex'))
  })

  it.each([
    ['UTF-8 with BOM', encode(sample, 'utf-8', [0xef, 0xbb, 0xbf]), 'utf-8'],
    ['UTF-16LE with BOM', encode(sample, 'utf-16le', [0xff, 0xfe]), 'utf-16le'],
    ['UTF-16BE with BOM', encode(sample, 'utf-16be', [0xfe, 0xff]), 'utf-16be'],
    ['GB18030', encode(sample, 'gb18030'), 'gb18030'],
    ['GB18030 with CRLF', encode(sample.replace(/\n/g, '\r\n'), 'gb18030'), 'gb18030'],
    [
      'UTF-8 with CRLF and zero-width spaces',
      encode(sample.replace(/\n/g, '\u200B\r\n'), 'utf-8'),
      'utf-8',
    ],
  ])('reads the sample in %s as the same issue', async (_, bytes, encoding) => {
    const issue = await readIssue(bytes, SAMPLE_NAME)
    expect(issue.encoding).toBe(encoding)
    expect(issue.id).toBe(reference.id)
    expect(issue.text).toBe(reference.text)
    expect(issue.parsed).toEqual(reference.parsed)
  })

  it('reads traditional Chinese in Big5', async () => {
    const text = fixtureText('traditional.txt')
    const issue = await readIssue(encode(text, 'big5'), 'taipei.txt')
    expect(issue.encoding).toBe('big5')
    expect(issue.parsed.articles[0].title.text).toBe('臺北市推動社區照顧關懷據點')
    expect(issue.parsed.articles[0].byline?.reporters).toEqual([{ name: '林志明', role: '記者' }])
  })

  it('keeps offsets right around astral characters, in UTF-16 and in code points', async () => {
    const issue = await readIssue(encode(fixtureText('astral.txt'), 'gb18030'), 'astral.txt')
    expectInvariants(issue.text, issue.parsed)
    const index = new CodePointIndex(issue.text)
    const cps = Array.from(issue.text)
    for (const p of issue.parsed.articles[0].paragraphs) {
      expect(cps.slice(index.toCodePoint(p.start), index.toCodePoint(p.end)).join('')).toBe(p.text)
    }
  })

  it('is idempotent: reading its own canonical text gives the same issue', async () => {
    const again = await readIssue(new TextEncoder().encode(reference.text), SAMPLE_NAME)
    expect(again.id).toBe(reference.id)
    expect(again.parsed).toEqual(reference.parsed)
  })

  it.each([
    ['only digits and punctuation', '123\n\n。。。，，\n——\n4567'],
    ['only ornaments', '★★★\n■■■\n……'],
    ['two lines of English', 'Minutes of the editorial meeting\nWe agreed on the schedule.'],
    [
      'English in blank-line layout',
      'A headline in English\n\nA paragraph with words, but none Chinese.',
    ],
  ])('refuses a file with %s as unparsable, naming it', async (_, text) => {
    let error: unknown
    try {
      await readIssue(new TextEncoder().encode(text), 'numbers.txt')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(GlossError)
    expect((error as GlossError).code).toBe('file-unparsable')
    expect((error as GlossError).message).toContain('numbers.txt')
  })

  it('passes decoding errors through with the file named', async () => {
    await expect(readIssue(new Uint8Array(0), 'empty.txt')).rejects.toThrow(/empty\.txt/)
  })
})
