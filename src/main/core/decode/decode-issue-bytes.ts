// Turns an issue file's bytes into text, or refuses with a reason (docs/ARCHITECTURE.md, Parsing:
// detect, never guess silently). Order: size, byte-order mark, magic numbers, NUL bytes (UTF-16 or
// binary), strict UTF-8, then GB18030/Big5 with plausibility checks. Never returns mojibake.

import chardet from 'chardet'
import { MAX_ISSUE_FILE_BYTES } from '../../../shared/domain/limits'
import type { TextEncoding } from '../../../shared/model'
import { fileError, formatBytes } from './file-errors'
import { chooseLegacy } from './legacy-cjk'
import { looksBinary, measurePlausibility } from './plausibility'
import { binaryKind, nulCounts } from './sniff-binary'
import { decodeUtf16, detectBomlessUtf16, utf16Bom } from './utf16'

export interface DecodedIssue {
  /** The decoded text, BOM removed, otherwise as in the file (not yet canonical). */
  text: string
  encoding: TextEncoding
}

/** Whitespace, BOM and zero-width characters: what an "empty" file may contain. */
const BLANK = /^[\s\u3000\uFEFF\u200B-\u200D\u2060]*$/

export function decodeIssueBytes(bytes: Uint8Array, fileName: string): DecodedIssue {
  assertIssueSize(bytes, fileName)
  const decoded = decode(bytes, fileName)
  if (BLANK.test(decoded.text)) {
    throw fileError('file-empty', fileName, 'the file contains only whitespace.')
  }
  if (looksBinary(measurePlausibility(decoded.text))) {
    throw fileError(
      'file-binary',
      fileName,
      'it contains control characters, so it is not a text file.',
    )
  }
  return decoded
}

/** Refuses an empty file and one above `MAX_ISSUE_FILE_BYTES`, whatever its format. */
export function assertIssueSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw fileError('file-empty', fileName, 'the file is empty.')
  if (bytes.length > MAX_ISSUE_FILE_BYTES) {
    throw fileError(
      'file-too-large',
      fileName,
      `the file is ${formatBytes(bytes.length)}; Gloss reads issue files up to ${formatBytes(MAX_ISSUE_FILE_BYTES)}.`,
    )
  }
}

function decode(bytes: Uint8Array, fileName: string): DecodedIssue {
  const kind = binaryKind(bytes)
  if (kind) throw fileError('file-binary', fileName, `it is ${kind}, not a text file.`)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes)
    if (text === null) {
      throw fileError(
        'file-undecodable',
        fileName,
        'it starts with a UTF-8 byte-order mark but is not valid UTF-8.',
      )
    }
    return { text, encoding: 'utf-8' }
  }
  const bom = utf16Bom(bytes)
  if (bom) {
    try {
      return { text: decodeUtf16(bytes, bom), encoding: bom }
    } catch {
      throw fileError(
        'file-undecodable',
        fileName,
        `it starts with a ${bom.toUpperCase()} byte-order mark but is not valid ${bom.toUpperCase()}.`,
      )
    }
  }
  const nuls = nulCounts(bytes)
  if (nuls.even + nuls.odd > 0) {
    const utf16 = detectBomlessUtf16(bytes, nuls)
    if (utf16) return utf16
    throw fileError('file-binary', fileName, 'it contains NUL bytes, so it is not a text file.')
  }
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  const { chosen, refusals, foreign } = chooseLegacy(bytes)
  if (chosen) return { text: chosen.text, encoding: chosen.encoding }
  if (foreign) {
    throw fileError(
      'file-undecodable',
      fileName,
      `it is ${foreign} text, an encoding Gloss does not read.`,
    )
  }
  throw fileError(
    'file-undecodable',
    fileName,
    `it is not valid UTF-8, and reading it as GB18030 or Big5 gives garbled text (${refusals.join('; ')})${guess(bytes)}.`,
  )
}

/** UTF-8 decoded with `fatal`, BOM stripped; null when any byte sequence is invalid. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** chardet's best guess, to tell the user what the file probably is. */
function guess(bytes: Uint8Array): string {
  const best = chardet.analyse(bytes.subarray(0, 1 << 16))[0]
  if (!best || best.confidence < 30 || ['UTF-8', 'GB18030', 'Big5'].includes(best.name)) return ''
  return `; it may be ${best.name}, which Gloss does not read`
}
