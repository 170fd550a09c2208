// Page/column-break repair, applied to the canonical text before anything points into it.
//
// Why in the text and not only in the spans: a span must satisfy `text === issueText.slice(
// start, end)`, and a researcher quoting a repaired paragraph (`…积极走出去招商,支持企业…`) must
// get it without the blank line the layout left inside a word. So Gloss's canonical text is
// "normalised + breaks repaired": the breaks the parser bridges are cut out of the text once,
// at import, and the repaired text is what is hashed into the issue id and stored. The raw
// file is not needed afterwards; the cost is that a change to these rules changes the canonical
// text (and id) of a file imported again, so the rules are deliberately few and stable.

import { parseIssueDetailed } from './parse-issue'

/**
 * Removes the text between the parts of every paragraph the parser joins (a blank line and any
 * indent; a single space stays between two Latin words). Idempotent: the result has no breaks
 * left to repair, because a joined paragraph is one body line that parses the same way again.
 */
export function repairBrokenParagraphs(text: string, fileName?: string): string {
  const { breaks } = parseIssueDetailed(text, { fileName })
  if (breaks.length === 0) return text
  let out = ''
  let pos = 0
  for (const b of breaks) {
    if (b.start < pos) continue // defensive: breaks never overlap
    out += text.slice(pos, b.start) + b.replacement
    pos = b.end
  }
  return out + text.slice(pos)
}
