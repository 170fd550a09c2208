// Every encoding Gloss reads, decoded exactly; every bad file refused with its name and reason.

import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeIssueBytes } from '../../../../src/main/core/decode/decode-issue-bytes'
import { MAX_ISSUE_FILE_BYTES } from '../../../../src/shared/contract'
import { GlossError } from '../../../../src/shared/errors'
import { fixtureText, sampleText } from '../parse/fixtures'

const simplified = sampleText()
const traditional = fixtureText('traditional.txt')
const bytes = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding))
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body])

describe('decodeIssueBytes reads', () => {
  it.each([
    ['UTF-8', bytes(simplified, 'utf-8'), 'utf-8'],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], bytes(simplified, 'utf-8')), 'utf-8'],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], bytes(simplified, 'utf-16le')), 'utf-16le'],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], bytes(simplified, 'utf-16be')), 'utf-16be'],
    ['UTF-16LE without BOM', bytes(simplified, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE without BOM', bytes(simplified, 'utf-16be'), 'utf-16be'],
    ['GB18030', bytes(simplified, 'gb18030'), 'gb18030'],
  ])('simplified Chinese in %s', (_, data, encoding) => {
    expect(decodeIssueBytes(data, 'issue.txt')).toEqual({ text: simplified, encoding })
  })

  it('traditional Chinese in Big5', () => {
    expect(decodeIssueBytes(bytes(traditional, 'big5'), 'tw.txt')).toEqual({
      text: traditional,
      encoding: 'big5',
    })
  })

  it('traditional Chinese in GB18030 as GB18030, not Big5', () => {
    expect(decodeIssueBytes(bytes(traditional, 'gb18030'), 'tw.txt').encoding).toBe('gb18030')
  })

  it('short simplified text in GBK as GB18030 (the mainland reading wins a close call)', () => {
    const text = '全市经济运行开局良好。'
    expect(decodeIssueBytes(bytes(text, 'gbk'), 'short.txt')).toEqual({ text, encoding: 'gb18030' })
  })

  it('astral characters in GB18030 (four-byte sequences)', () => {
    const text = '记者 王𡒄 报道：𠀀村今年增收。'
    expect(decodeIssueBytes(bytes(text, 'gb18030'), 'astral.txt')).toEqual({
      text,
      encoding: 'gb18030',
    })
  })

  it('CRLF files as they are (canonicalisation is a later step)', () => {
    const text = simplified.replace(/\n/g, '\r\n')
    expect(decodeIssueBytes(bytes(text, 'gb18030'), 'crlf.txt').text).toBe(text)
  })

  it('pure ASCII as UTF-8', () => {
    expect(decodeIssueBytes(bytes('Page 1\n', 'utf-8'), 'a.txt').encoding).toBe('utf-8')
  })
})

function refusal(data: Uint8Array, name: string): GlossError {
  try {
    decodeIssueBytes(data, name)
  } catch (error) {
    if (error instanceof GlossError) return error
    throw error
  }
  throw new Error(`${name} was decoded`)
}

describe('decodeIssueBytes refuses, naming the file and the reason', () => {
  const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'))
  it.each([
    ['an empty file', new Uint8Array(0), 'file-empty', /empty/],
    ['whitespace only', bytes(' \n\u3000\r\n\t', 'utf-8'), 'file-empty', /only whitespace/],
    ['a BOM and nothing else', new Uint8Array([0xef, 0xbb, 0xbf]), 'file-empty', /whitespace/],
    ['a PDF', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'file-binary', /PDF/],
    ['a ZIP (docx)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'file-binary', /ZIP/],
    [
      'a PNG',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'file-binary',
      /PNG/,
    ],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'file-binary', /JPEG/],
    ['a GIF', ascii('GIF89a\x01\x00'), 'file-binary', /GIF/],
    [
      'NUL bytes in a non-UTF-16 file',
      new Uint8Array([0x41, 0, 0, 0, 0x42, 0x90, 0x91, 0, 1, 2, 3]),
      'file-binary',
      /NUL/,
    ],
    ['control characters', ascii('abc\x01\x02\x03\x04\x05def'), 'file-binary', /control/],
    [
      'Latin-1 text',
      ascii('Ceci est un texte français assez long, avec des accents élevés à côté.'),
      'file-undecodable',
      /not valid UTF-8/,
    ],
    [
      'Shift_JIS Japanese',
      bytes('こんにちは、世界。今日はいい天気ですね。日本語の文章です。', 'shift_jis'),
      'file-undecodable',
      /Shift_JIS|garbled/,
    ],
    [
      'EUC-KR Korean',
      bytes('안녕하세요. 오늘 날씨가 좋네요. 한국어 문장입니다.', 'euc-kr'),
      'file-undecodable',
      /EUC-KR/,
    ],
    [
      'invalid UTF-8 after a UTF-8 BOM',
      new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8]),
      'file-undecodable',
      /UTF-8/,
    ],
    [
      'an unpaired surrogate after a UTF-16 BOM',
      new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
      'file-undecodable',
      /UTF-16LE/,
    ],
    ['UTF-32', new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'file-binary', /UTF-32/],
  ])('%s', (_, data, code, reason) => {
    const error = refusal(data, 'bad-file.txt')
    expect(error.code).toBe(code)
    expect(error.message).toContain('bad-file.txt')
    expect(error.message).toMatch(reason)
  })

  it('a file over the size limit, before reading its content', () => {
    const error = refusal(new Uint8Array(MAX_ISSUE_FILE_BYTES + 1), 'huge.txt')
    expect(error.code).toBe('file-too-large')
    expect(error.message).toContain('huge.txt')
    expect(error.message).toMatch(/16\.0 MiB/)
  })
})
