import { Tier, type Candidate } from '../candidate'
import { matches, type RuleContext } from './rule-context'

// A slogan or policy term is short quoted text without sentence punctuation: “双过半”,
// “制造立市、文旅兴城”. Longer quotations are speech, not terms.
const quoted = /[“「『]([^“”「」『』。，！？；：,!?;\n]{2,20})[”」』]/g

export function termRule({ text }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(quoted, text)) {
    const start = m.index + 1
    out.push({ start, end: start + m[1].length, type: 'term', source: 'rule', tier: Tier.term })
  }
  return out
}
