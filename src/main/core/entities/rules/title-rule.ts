import { rule, type Candidate } from '../candidate'
import { offices, partyOffices, partyPrefixes } from '../lexicon/offices'
import type { RuleContext } from './rule-context'

const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).join('|')

// 市委书记 / 市委副书记 are one office; 常委 may be followed by another office (市委常委、副市长).
const titleRe = new RegExp(
  `(?:(?:${alt(partyPrefixes)})(?:${alt(partyOffices)})|${alt(offices)})`,
  'g',
)

/**
 * Office titles that start and end on word boundaries (城市|长远 holds no 市长). After a place
 * the party prefix goes with it (绍兴市委|书记): the longer organisation wins, as 衡阳晚报 does.
 */
export function titleRule({ text, seg }: RuleContext, places: readonly Candidate[]): Candidate[] {
  const placeStarts = new Map(places.map((p) => [p.end, p.start]))
  const out: Candidate[] = []
  titleRe.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = titleRe.exec(text))) {
    const end = m.index + m[0].length
    if (!seg.isBoundary(m.index)) {
      titleRe.lastIndex = m.index + 1 // retry inside: 副市长 may hide behind a longer word
      continue
    }
    const word = m[0]
    const prefix = partyPrefixes.find((p) => word.startsWith(p) && word.length > p.length)
    const placeStart = placeStarts.get(m.index)
    if (prefix && placeStart !== undefined) {
      out.push(rule(placeStart, m.index + prefix.length, 'org'))
      out.push(rule(m.index + prefix.length, end, 'title'))
    } else {
      out.push(rule(m.index, end, 'title'))
      // The office alone, for when an organisation takes the prefix (合肥市委|书记).
      if (prefix) out.push(rule(m.index + prefix.length, end, 'title'))
    }
  }
  return out
}
