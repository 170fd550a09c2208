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

/** Assigns the parts of a headline block of one or more lines (never empty). */
export function assignHeadline(lines: TextSpan[]): Headline {
  if (lines.length === 1) return { kicker: null, title: lines[0], subtitles: [] }
  const [first, second] = lines
  if (lines.length === 2) {
    const leadsIn =
      !hasSubtitleStart(second.text) && (hasKickerEnding(first.text) || isSlogan(first.text))
    return leadsIn
      ? { kicker: first, title: second, subtitles: [] }
      : { kicker: null, title: first, subtitles: [second] }
  }
  // Three or more lines: a kicker unless the second line is already marked as a subtitle.
  if (hasSubtitleStart(second.text) && !hasKickerEnding(first.text)) {
    return { kicker: null, title: first, subtitles: lines.slice(1) }
  }
  return { kicker: first, title: second, subtitles: lines.slice(2) }
}
