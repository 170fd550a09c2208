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

/** Office titles that start and end on word boundaries (城市|长远 holds no 市长). */
export function titleRule({ text, seg }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  titleRe.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = titleRe.exec(text))) {
    const end = m.index + m[0].length
    if (!seg.isBoundary(m.index)) {
      titleRe.lastIndex = m.index + 1 // retry inside: 副市长 may hide behind a longer word
      continue
    }
    out.push(rule(m.index, end, 'title'))
  }
  return out
}
