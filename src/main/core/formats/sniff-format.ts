// Which reader a file goes to, judged from its content, never from its name alone: magic
// numbers first (a ZIP is a Word document only when it holds `word/document.xml`), then the
// markup at the start of the file (an HTML page, or XML that is not XHTML), else decoded text.
// Everything Gloss does not read is refused here with a message that says what it reads.
// (JSON and delimited tables are text until decoded; `refuseNonIssueText` judges them then.)

import type JSZip from 'jszip'
import { binaryKind, nulCounts } from '../decode/sniff-binary'
import { unsupportedFile, type IssueFormat } from './issue-format'
import { markupKind } from './markup-kind'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** What is inside a ZIP container, by the entries each format requires. */
async function zipKind(bytes: Uint8Array): Promise<'docx' | string> {
  let zip: JSZip
  try {
    const { default: Zip } = await import('jszip')
    zip = await Zip.loadAsync(bytes)
  } catch {
    return 'a damaged ZIP archive'
  }
  const has = (path: string) => zip.file(path) !== null
  if (has('word/document.xml')) return 'docx'
  if (has('xl/workbook.xml')) return 'an Excel workbook (.xlsx)'
  if (has('ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx)'
  const mimetype = await zip.file('mimetype')?.async('string')
  if (mimetype === 'application/epub+zip') return 'an EPUB e-book'
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
    return 'an OpenDocument file (.odt/.ods)'
  }
  return 'a ZIP archive'
}

/**
 * The reader for `bytes`. Throws GlossError `file-unsupported` for PDF, images, archives,
 * spreadsheets, old Word files, RTF, MHTML web archives and XML; `file-binary` is left to the
 * text decoder for the rest. Size and emptiness are checked before (see `assertIssueSize`).
 */
export async function sniffFormat(bytes: Uint8Array, fileName: string): Promise<IssueFormat> {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    const kind = await zipKind(bytes)
    if (kind === 'docx') return 'docx'
    throw unsupportedFile(fileName, kind)
  }
  const binary = binaryKind(bytes)
  if (binary?.startsWith('an old Office document')) {
    throw unsupportedFile(
      fileName,
      'an old Word or Excel document (.doc/.xls)',
      'Save it from Word as .docx or as plain text.',
    )
  }
  if (binary) throw unsupportedFile(fileName, binary)
  const head = headText(bytes)
  const start = head.replace(/^[\s\uFEFF]+/, '')
  if (start.startsWith('{\\rtf')) {
    throw unsupportedFile(fileName, 'an RTF document', 'Save it as .docx or as plain text.')
  }
  if (isMhtml(start)) {
    throw unsupportedFile(
      fileName,
      'a web archive (MHTML)',
      'Save the page again as “Webpage, HTML only”.',
    )
  }
  const markup = markupKind(start)
  if (markup === 'html') return 'html'
  if (markup === 'xml') throw unsupportedFile(fileName, 'an XML file')
  return 'text'
}

/** The first 4 KiB as text, enough to see markup: UTF-16 by its BOM or by where its NUL bytes
 * fall (markup is ASCII, so BOM-less UTF-16 has a NUL beside nearly every character), else
 * byte for byte. */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096)
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head)
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head)
  const { even, odd } = nulCounts(head)
  if (odd > 8 && odd > even * 4) return new TextDecoder('utf-16le').decode(head)
  if (even > 8 && even > odd * 4) return new TextDecoder('utf-16be').decode(head)
  // latin1 keeps every ASCII byte as itself, which is all markup sniffing looks at.
  return new TextDecoder('latin1').decode(head)
}

/** MIME headers opening a multipart/related document: what "save as single file" writes. */
function isMhtml(start: string): boolean {
  const headers = start.slice(0, 2048).split(/\r?\n\r?\n/)[0]
  const lines = headers.split(/\r?\n/)
  return (
    lines.some((line) => /^MIME-Version:/i.test(line)) &&
    lines.some((line) => /^Content-Type:\s*multipart\/related/i.test(line.trim()))
  )
}
