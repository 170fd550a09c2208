// Bylines on web pages, read with the text parser's own dateline and reporter rules so a page and
// a text file credit the same people the same way. The only place the HTML reader depends on the
// text parser's internals: `matchDateline`, `matchCreditLine`, `parseReporters`,
// `paperFromOutlet`.

import type { Reporter } from '../../../../shared/model'
import { matchCreditLine, matchDateline } from '../../parse/dateline'
import { paperFromOutlet } from '../../parse/paper-date'
import { parseReporters } from '../../parse/reporters'

/** Labels sites print before a byline (`作者：王明`, `文/王明`, `记者：王明`). */
const LABEL = /^(?:作者|文|撰文|记者|本报记者|通讯员|供稿)\s*[：:／/|｜]\s*/

export interface BylineReading {
  dateline: string | null
  reporters: Reporter[]
}

/** What a byline line says, or null when the line is not a byline. */
export function readBylineLine(text: string): BylineReading | null {
  if (text.length > 80) return null
  const dateline = matchDateline(text)
  if (dateline && dateline.length >= text.trimEnd().length) {
    return { dateline: dateline.dateline, reporters: dateline.reporters }
  }
  const credit = matchCreditLine(text)
  if (credit) return { dateline: null, reporters: credit }
  const label = LABEL.exec(text)
  if (label) {
    const reporters = parseReporters(text.slice(label[0].length), false)
    if (reporters) return { dateline: null, reporters }
  }
  return null
}

/** A byline the page marks as one (`<p class="author">`) but whose wording the rules do not
 * know: kept as printed, with whatever reporters can be read from it. */
export function readMarkedByline(text: string): BylineReading {
  const known = readBylineLine(text)
  if (known) return known
  const label = LABEL.exec(text)
  const reporters = parseReporters(label ? text.slice(label[0].length) : text, false)
  return { dateline: null, reporters: reporters ?? [] }
}

/** A dateline opening the first paragraph (`本报北京1月9日电（记者 王明）今年以来…`): its
 * length, or null. */
export function leadingDateline(text: string): { length: number; reading: BylineReading } | null {
  const m = matchDateline(text)
  if (!m || m.length >= text.length) return null
  return { length: m.length, reading: { dateline: m.dateline, reporters: m.reporters } }
}

/** The paper a dateline names (`溪口晚报讯`), or null (`本报讯`, agencies). */
export function datelinePaper(dateline: string): string | null {
  const m = matchDateline(dateline)
  return m ? paperFromOutlet(m.outlet) : null
}
