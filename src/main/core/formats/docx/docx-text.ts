// A Word document's text, as Word itself writes it when saved as plain text: one line per
// paragraph (empty paragraphs give empty lines), a soft line break (Shift+Enter) starts a new
// line, table cells one per line, spaces kept as typed. The structure is then the text
// parser's to find, exactly as for a `.txt` export of the same database records.
//
// mammoth reads the .docx (ZIP + WordprocessingML) into simple HTML; htmlparser2 reads that.

import { isTag } from 'domhandler'
import { findOne } from 'domutils'
import { parseDocument } from 'htmlparser2'
import { fileError } from '../../decode/file-errors'
import { blocksOf } from '../html/blocks'
import { neverText } from '../html/page-classes'

/** Throws GlossError `file-undecodable` when the document cannot be read. */
export async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  let html: string
  // Loaded on first use: most imports are text, and the CLI starts faster without it.
  const { default: mammoth } = await import('mammoth')
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        ignoreEmptyParagraphs: false,
        // Pictures carry no text; leave them out rather than inline them as base64.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    )
    html = result.value
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw fileError('file-undecodable', fileName, `it is a damaged Word document (${reason}).`)
  }
  const document = parseDocument(`<body>${html}</body>`, { decodeEntities: true })
  const body = findOne((el) => el.name === 'body', document.children)
  if (!body) return ''
  const lines: string[] = []
  for (const node of body.children) {
    if (!isTag(node)) continue
    const blocks = blocksOf(node, { skip: neverText, preserveSpace: true })
    if (blocks.length === 0 && /^(p|h[1-6])$/.test(node.name)) lines.push('')
    for (const block of blocks) lines.push(block.text)
  }
  return lines.join('\n')
}
