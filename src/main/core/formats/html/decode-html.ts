// A saved web page's bytes to text. The page says its encoding — a byte-order mark, `<meta
// charset>`, `<meta http-equiv="Content-Type" content="…; charset=gbk">` or an XML declaration —
// and encoding-sniffer finds it as browsers do (the WHATWG prescan). A declared encoding Gloss
// reads is decoded strictly; a page that declares nothing, declares another encoding, or lies
// about it (a browser re-saving a GBK page as UTF-8 keeps the old `<meta>`) goes through the
// same detection as a text file, which refuses with a reason rather than show mojibake.

import { ResultType, Sniffer } from 'encoding-sniffer/sniffer'
import iconv from 'iconv-lite'
import type { TextEncoding } from '../../../../shared/model'
import { decodeIssueBytes, type DecodedIssue } from '../../decode/decode-issue-bytes'

/** WHATWG encoding names (as encoding-sniffer reports them) of the encodings Gloss reads.
 * GBK and GB2312 pages decode as GB18030, their superset. */
const READ_AS: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
}

export interface DecodedPage extends DecodedIssue {
  /** Where the encoding came from: the page's own declaration, or detection. */
  source: 'declared' | 'detected'
}

export function decodeHtmlBytes(bytes: Uint8Array, fileName: string): DecodedPage {
  const sniffer = new Sniffer({ maxBytes: 4096 })
  sniffer.write(bytes)
  const declared = sniffer.resultType === ResultType.DEFAULT ? null : sniffer.encoding
  const encoding = declared ? READ_AS[declared.toLowerCase()] : undefined
  if (encoding) {
    const text = strictDecode(bytes, encoding)
    if (text !== null) return { text, encoding, source: 'declared' }
  }
  return { ...decodeIssueBytes(bytes, fileName), source: 'detected' }
}

/** The bytes in `encoding`, BOM removed; null when any sequence is invalid in it. */
function strictDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  if (encoding === 'gb18030' || encoding === 'big5') {
    const text = iconv.decode(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      encoding,
    )
    return text.includes('\uFFFD') ? null : text.replace(/^\uFEFF/, '')
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
