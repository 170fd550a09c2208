import { rule, type Candidate } from '../candidate'
import type { RuleContext } from './rule-context'

/**
 * A name a genre rule has established (市长朱健) is a name everywhere in the issue
 * (朱健主持会议), as long as the occurrence sits on word edges (not 朱健康).
 */
export function propagateNames(
  { text, seg }: RuleContext,
  names: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = []
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length
      if (seg.isBoundary(i) && (seg.isBoundary(end) || isEstablishedStart(names, text, end)))
        out.push(rule(i, end, 'person'))
    }
  }
  return out
}

// Back-to-back names (刘越高宋峰嵘) share an edge the engine may not see.
function isEstablishedStart(names: ReadonlySet<string>, text: string, at: number): boolean {
  for (const n of names) if (text.startsWith(n, at)) return true
  return false
}
