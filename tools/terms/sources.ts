// The paragraphs the term rule is measured on: PFR 1998 (People's Daily, January 1998) and
// the real issue files of the development corpus. Both are read from paths given on the
// command line and never copied into the repository.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeIssueBytes } from '../../src/main/core/decode/decode-issue-bytes'
import { readPfr } from '../ner-train/corpus'

export interface Paragraph {
  /** Stable across runs: `pfr:<article id>#<n>` or `issue:<file>#<line>`. */
  id: string
  text: string
}

/** Which half a paragraph belongs to: judged sample and held-out sample never share one. */
export type Part = 'dev' | 'heldout'

/** PFR Jan 1–15 and issue files dev01–dev12 are the development half; the rest is held out. */
export function partOf(id: string): Part {
  const pfr = /^pfr:\d{6}(\d{2})/.exec(id)
  if (pfr) return Number(pfr[1]) <= 15 ? 'dev' : 'heldout'
  const issue = /^issue:dev(\d+)/.exec(id)
  return issue && Number(issue[1]) <= 12 ? 'dev' : 'heldout'
}

export function pfrParagraphs(path: string): Paragraph[] {
  const out: Paragraph[] = []
  for (const doc of readPfr(path))
    doc.text.split('\n').forEach((text, n) => out.push({ id: `pfr:${doc.id}#${n}`, text }))
  return out
}

export function issueParagraphs(dir: string): Paragraph[] {
  const out: Paragraph[] = []
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue
    const { text } = decodeIssueBytes(readFileSync(join(dir, name)), name)
    text.split(/\r?\n/).forEach((line, n) => {
      if (line.trim()) out.push({ id: `issue:${name.replace(/\.txt$/, '')}#${n}`, text: line })
    })
  }
  return out
}
