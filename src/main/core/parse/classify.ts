// What each line of a plain-text issue could be, judged from the line alone: the layout rules in
// `articles.ts` then decide what it is from where it stands.

import type { Reporter } from '../../../shared/model'
import { codePointLength } from '../../../shared/offsets'
import { endsClause, endsSentence, hasLetter } from '../text/chars'
import {
  matchNameLine,
  matchRoleCredit,
  matchTrailingCredit,
  type TrailingCredit,
} from './credit-lines'
import { type DatelineMatch, matchDateline } from './dateline'
import { COLUMN_TAG, hasColumnTag, hasKickerEnding } from './headline'
import { isMastheadLine } from './paper-date'
import { SUMMARY_POINT } from './paragraphs'

export type LineKind =
  /** No letters at all: rules, ornaments, page numbers. Never part of an article. */
  | 'noise'
  /** The paper's name, the issue date, a page header: metadata, not an article. */
  | 'masthead'
  /** A dateline standing alone: `衡阳晚报讯 (全媒体记者 陈润)`. */
  | 'dateline'
  /** A credit standing alone: `（记者 张三 通讯员 李四）`, `本报记者 张三`, `（作者为…）`. */
  | 'credit'
  /** Short, unpunctuated at the end: a kicker, title, subtitle or crosshead (or a name line). */
  | 'headline'
  | 'body'

export interface LineInfo {
  kind: LineKind
  /** A dateline at the start of the line (kind `dateline` when nothing follows it). */
  dateline: DatelineMatch | null
  /** An own-line byline with a role (`本报记者  王  明`). */
  roleCredit: Reporter[] | null
  /** Names only (`徐  缨`): the byline when it stands under a headline. */
  names: Reporter[] | null
  /** A line that closes an article by crediting it. */
  trailing: TrailingCredit | null
  /** Ends in a column tag (`（今日谈）`, `（快评）`): the genre marks titles so, never crossheads. */
  columnTag: boolean
  /** Ends in a dash (`——`): a kicker leading into the title. */
  kicker: boolean
  /** A short line ending `？`/`！`: a title only where a byline follows it. */
  question: boolean
}

/** Headlines in the genre run to about 35 characters (kickers are the longest). */
const HEADLINE_MAX = 50
/** A headline holds at most one comma between phrases, in a line of about this length. */
const ONE_COMMA_MAX = 32

export function describeLine(text: string): LineInfo {
  const info: LineInfo = {
    kind: 'body',
    dateline: null,
    roleCredit: null,
    names: null,
    trailing: null,
    columnTag: false,
    kicker: false,
    question: false,
  }
  if (!hasLetter(text)) return { ...info, kind: 'noise' }
  info.dateline = matchDateline(text)
  if (info.dateline) {
    const alone = text.slice(info.dateline.length).trim().length === 0
    return { ...info, kind: alone ? 'dateline' : 'body' }
  }
  info.roleCredit = matchRoleCredit(text)
  info.trailing = matchTrailingCredit(text)
  if (info.roleCredit || info.trailing) return { ...info, kind: 'credit' }
  // A summary point (`■ …`) is body text, however short: bullets never mark a headline.
  if (SUMMARY_POINT.test(text)) return info
  info.columnTag = hasColumnTag(text)
  const core = info.columnTag ? text.replace(COLUMN_TAG, '') : text
  info.kicker = hasKickerEnding(core)
  if (isHeadlineLike(text, core, info.kicker)) {
    info.names = matchNameLine(text)
    return { ...info, kind: isMastheadLine(text) ? 'masthead' : 'headline' }
  }
  info.question = codePointLength(text) <= 30 && /[？?！!]$/.test(text) && !/[。；;]/.test(text)
  return info
}

/** The kind alone, for callers that need no more. */
export function classifyLine(text: string): LineKind {
  return describeLine(text).kind
}

/**
 * A headline line is short and does not end like a sentence or clause; a kicker may end in
 * `——` and a title in a column tag. A full stop or semicolon anywhere means prose, and so do
 * clauses strung on commas (headlines set phrases apart with spaces): `村支书表示，将依托特色
 * 资源，发展` is a paragraph cut by a page break, not a crosshead.
 */
export function isHeadlineLike(text: string, core = text, kicker = hasKickerEnding(text)): boolean {
  const length = codePointLength(text)
  if (length > HEADLINE_MAX) return false
  if (/[。；;]/.test(core)) return false
  if (kicker) return true
  if (endsSentence(core) || endsClause(core)) return false
  const commas = core.replace(/“[^”]*”/g, '').match(/[，,]/g)?.length ?? 0
  return commas === 0 || (commas === 1 && length <= ONE_COMMA_MAX)
}
