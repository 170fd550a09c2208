// What each line of a plain-text issue is, judged from the line alone: the layout rules in
// `articles.ts` then decide what it means in context.

import { codePointLength } from '../../../shared/offsets'
import { endsClause, endsSentence, hasLetter } from '../text/chars'
import { matchCreditLine, matchDateline } from './dateline'
import { isMastheadLine } from './paper-date'

export type LineKind =
  /** No letters at all: rules, ornaments, page numbers. Never part of an article. */
  | 'noise'
  /** The paper's name, the issue date, a page header: metadata, not an article. */
  | 'masthead'
  /** A dateline standing alone: `衡阳晚报讯 (全媒体记者 陈润)`. */
  | 'dateline'
  /** A credit standing alone: `（记者 张三 通讯员 李四）`, `本报记者 张三`. */
  | 'credit'
  /** Short, unpunctuated at the end: a kicker, title, subtitle or crosshead. */
  | 'headline'
  | 'body'

/** Headlines in the genre run to about 35 characters (kickers are the longest). */
const HEADLINE_MAX = 50

export function classifyLine(text: string): LineKind {
  if (!hasLetter(text)) return 'noise'
  const dateline = matchDateline(text)
  if (dateline) return text.slice(dateline.length).trim().length === 0 ? 'dateline' : 'body'
  if (matchCreditLine(text)) return 'credit'
  if (isHeadlineLike(text)) return isMastheadLine(text) ? 'masthead' : 'headline'
  return 'body'
}

/**
 * A headline line is short and does not end like a sentence or clause; a kicker may end in
 * `——`. A full stop or semicolon anywhere means prose, and so do clauses strung on commas
 * (headlines set phrases apart with spaces): `村支书表示，将依托特色资源，发展` is a paragraph
 * cut by a page break, not a crosshead.
 */
export function isHeadlineLike(text: string): boolean {
  const length = codePointLength(text)
  if (length > HEADLINE_MAX) return false
  if (endsSentence(text) || endsClause(text)) return false
  if (/[。；;]/.test(text)) return false
  const commas = text.match(/[，,]/g)?.length ?? 0
  return commas === 0 || (commas === 1 && length <= 24)
}
