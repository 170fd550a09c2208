// Builds small .docx files in the test, with JSZip: the three parts a WordprocessingML package
// needs (content types, the package relationship, the document). Paragraphs are given as
// arrays of runs; '\n' inside a paragraph is a soft line break (Shift+Enter).

import JSZip from 'jszip'

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

export type DocxBlock = string | { table: string[][] }

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function paragraph(text: string): string {
  const runs = text
    .split('\n')
    .map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`)
    .join('<w:br/>')
  return text.length === 0 ? '<w:p/>' : `<w:p><w:r>${runs}</w:r></w:p>`
}

function block(item: DocxBlock): string {
  if (typeof item === 'string') return paragraph(item)
  const rows = item.table
    .map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`)
    .join('')
  return `<w:tbl>${rows}</w:tbl>`
}

/** A .docx whose body is `blocks` in order: paragraphs ('' is an empty one) and tables. */
export async function buildDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', CONTENT_TYPES)
  zip.file('_rels/.rels', PACKAGE_RELS)
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${blocks.map(block).join('')}</w:body></w:document>`,
  )
  return zip.generateAsync({ type: 'uint8array' })
}

/** A ZIP that is not a Word document: the parts of a spreadsheet, or just a text file. */
export async function buildZip(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [path, content] of Object.entries(files)) zip.file(path, content)
  return zip.generateAsync({ type: 'uint8array' })
}
