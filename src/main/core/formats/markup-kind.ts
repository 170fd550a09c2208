// Is the start of a file HTML, other XML, or not markup at all? Read with htmlparser2's
// tokenizer (never a pattern over the markup): markup is a file whose first non-space content
// is a doctype, an XML declaration, a comment or a tag. An HTML doctype, an `<html>` root or a
// tag that only HTML has makes it a page; any other first element (`<rss>`, `<w:document>`)
// makes it XML. Text first (an issue file, even one quoting `<…>`) is not markup.

import { Parser } from 'htmlparser2'

/** Elements that open real pages, including fragments saved without `<html>` (WHATWG MIME
 * sniffing lists most of them). */
const HTML_ELEMENTS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'link',
  'base',
  'script',
  'style',
  'iframe',
  'div',
  'p',
  'span',
  'a',
  'b',
  'br',
  'font',
  'table',
  'center',
  'article',
  'section',
  'main',
  'header',
  'nav',
  'pre',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])

export function markupKind(start: string): 'html' | 'xml' | null {
  if (!start.startsWith('<')) return null
  let verdict: 'html' | 'xml' | null = null
  let xmlDeclaration = false
  let done = false
  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        if (done) return
        const lower = name.toLowerCase()
        if (lower === '!doctype') {
          verdict = /^!doctype\s+html/i.test(data) ? 'html' : 'xml'
          done = verdict === 'html'
        } else if (lower === '?xml') xmlDeclaration = true
      },
      onopentagname(name) {
        if (done) return
        done = true
        if (HTML_ELEMENTS.has(name.toLowerCase())) verdict = 'html'
        // Only an ASCII name is a tag a tool wrote; `<人民日报>` in a text file is not.
        else if (/^[a-z][\w.:-]*$/i.test(name)) verdict = 'xml'
      },
      ontext(text) {
        if (!done && text.trim().length > 0) done = true
      },
    },
    { decodeEntities: false, recognizeSelfClosing: true },
  )
  parser.write(start)
  parser.end()
  return verdict ?? (xmlDeclaration ? 'xml' : null)
}
