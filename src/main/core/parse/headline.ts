// Which lines of a headline block are the kicker (引题), the title (主题) and the subtitles
// (副题). The genre's cues: a kicker leads into the title and often ends in `——`, or is a short
// slogan of parallel phrases (`劳动光荣 创造伟大`); a subtitle may start with `——`. Three lines
// are kicker, title, subtitle; one line is the title.

import type { TextSpan } from '../../../shared/model'
import { codePointLength } from '../../../shared/offsets'

export interface Headline {
  kicker: TextSpan | null
  title: TextSpan
  subtitles: TextSpan[]
}

/** Ends in a dash (`——`, `—`, `--`): the sentence continues into the title. */
export function hasKickerEnding(text: string): boolean {
  return /(?:[—–―－]|--)$/.test(text)
}

/** Starts with a dash: `——记优秀共产党员张三` is a subtitle. */
function hasSubtitleStart(text: string): boolean {
  return /^(?:[—–―－]|--)/.test(text)
}

/** Two or more short phrases set apart by spaces, like `劳动光荣 创造伟大`. */
function isSlogan(text: string): boolean {
  const phrases = text.split(/[\s\u3000]+/)
  return phrases.length >= 2 && phrases.every((p) => codePointLength(p) <= 6) && !/\d/.test(text)
}

/** A column tag at the end of a line: `（人民论坛）`, `（新时代·面孔）`, `（上）`. */
export const COLUMN_TAG = /[(（]([^()（）]{1,24})[)）]$/

/**
 * Whether a line ends in a column tag (`（快评）`), which marks the title: crossheads, kickers
 * and subtitles carry none. Text stands before the tag, and the tag is no clause: `（记者 张三）`
 * is a credit, not a column.
 */
export function hasColumnTag(text: string): boolean {
  const m = COLUMN_TAG.exec(text)
  return m !== null && m.index >= 2 && !/[。；;，,]/.test(m[1])
}

/** A kicker may introduce the quoted title: `…在会上强调`, `…时指出`. */
function endsWithSpeechVerb(text: string): boolean {
  return /(?:强调|強調|指出|表示|要求|提出|寄语|寄語|希望|说|說|称|稱)$/.test(text)
}

/** Who attended: `市长参加现场办公`, `张三主持会议` — what a subtitle reports under the title. */
function reportsAttendance(text: string): boolean {
  return /(?:主持|出席|致辞|致辭|陪同|参加|參加|讲话|講話|看望|慰问|慰問|会见|會見|见证|見證)/.test(
    text,
  )
}

/** A kicker may set the time frame the title happens in: `“十四五”时期`, `今年以来`. */
function setsTimeFrame(text: string): boolean {
  return /(?:时期|時期|期间|期間|以来|以來|之际|之際|前夕|当下|當下)$/.test(text)
}

/** A figure with its unit (`超五万户`, `30万人`, `1500万元`): what a subtitle reports. */
function reportsFigure(text: string): boolean {
  return /[\d一二三四五六七八九十百千万两]+(?:多|余|餘)?(?:万|萬|亿|億)?(?:户|戶|人次|人|家|元|亩|畝|个|個|项|項|条|條|座|吨|噸|公里|千米|米|名|所|件|台|辆|輛|套|倍|%|％)/.test(
    text,
  )
}

/** A line announcing the day's event (`…今日开幕`) is the news itself: the title. */
function announcesToday(text: string): boolean {
  return /今日|今天|昨日|昨天|明日|明天|今晚|昨晚|本周|今年首/.test(text)
}

/** The parts of a headline block, and whether the assignment rests on no cue at all. */
export interface AssignedHeadline extends Headline {
  unsure: boolean
}

/**
 * Assigns the parts of a headline block of one or more lines (never empty). Two lines are a
 * kicker and a title, or a title and a subtitle; the cues decide (a dash, a column tag, a
 * speech verb, who attended, a slogan), and where none speaks the kicker reading is taken —
 * the more common construction of the genre — and the block is marked unsure.
 */
export function assignHeadline(lines: TextSpan[]): AssignedHeadline {
  if (lines.length === 1) return { kicker: null, title: lines[0], subtitles: [], unsure: false }
  const [first, second] = lines
  const kickerAndTitle = { kicker: first, title: second, subtitles: lines.slice(2) }
  const titleFirst = { kicker: null, title: first, subtitles: lines.slice(1) }
  if (lines.length === 2) {
    const [a, b] = [first.text, second.text]
    if (hasSubtitleStart(b)) return { ...titleFirst, unsure: false }
    if (hasKickerEnding(a) || endsWithSpeechVerb(a) || setsTimeFrame(a)) {
      return { ...kickerAndTitle, unsure: false }
    }
    if (hasColumnTag(b) && !hasColumnTag(a)) return { ...kickerAndTitle, unsure: false }
    if (hasColumnTag(a) && !hasColumnTag(b)) return { ...titleFirst, unsure: false }
    if (reportsAttendance(b) && !reportsAttendance(a)) return { ...titleFirst, unsure: false }
    if (announcesToday(a) && !announcesToday(b)) return { ...titleFirst, unsure: false }
    if (reportsFigure(b) && !reportsFigure(a)) return { ...titleFirst, unsure: false }
    if (isSlogan(a) && !isSlogan(b)) return { ...kickerAndTitle, unsure: false }
    return { ...kickerAndTitle, unsure: true }
  }
  // Three or more lines: a kicker unless the second line is already marked as a subtitle.
  if (hasSubtitleStart(second.text) && !hasKickerEnding(first.text)) {
    return { ...titleFirst, unsure: false }
  }
  return { ...kickerAndTitle, unsure: false }
}
