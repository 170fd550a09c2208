import type { EntityType } from '../../../../shared/model'
import { Tier, type Candidate } from '../candidate'
import type { RuleContext } from './rule-context'

// A call this sure (perceptron units) is trusted at the name's other occurrences.
const CONFIDENT_MARGIN = 100

/**
 * Document-level consistency for the tagger's spans. A surface the tagger called with several
 * types takes the type it was given most (by summed margin); a surface it was sure of once is
 * the same entity wherever else it stands on word edges in the text (a name the tagger saw in
 * a clear context and missed in a bare one: 石振东说 … 石振东。).
 */
export function propagateTagged(
  { text, seg }: RuleContext,
  tagged: readonly Candidate[],
): Candidate[] {
  const votes = new Map<string, Map<EntityType, number>>()
  // Surface → the largest margin it was called with, for the surfaces it is carried from.
  const confident = new Map<string, number>()
  for (const c of tagged) {
    const surface = text.slice(c.start, c.end)
    const byType = votes.get(surface) ?? new Map<EntityType, number>()
    const margin = c.margin ?? 0
    byType.set(c.type, (byType.get(c.type) ?? 0) + Math.max(margin, 1))
    votes.set(surface, byType)
    if (margin >= CONFIDENT_MARGIN && c.end - c.start >= 2)
      confident.set(surface, Math.max(margin, confident.get(surface) ?? 0))
  }
  const majority = (surface: string): EntityType => {
    let best: EntityType = 'person'
    let bestVotes = -1
    for (const [type, v] of votes.get(surface)!) if (v > bestVotes) [best, bestVotes] = [type, v]
    return best
  }
  const out = tagged.map((c) => ({ ...c, type: majority(text.slice(c.start, c.end)) }))
  const taken = new Set(tagged.map((c) => c.start))
  for (const [surface, margin] of confident) {
    const type = majority(surface)
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      const end = i + surface.length
      if (taken.has(i) || !seg.isBoundary(i) || !seg.isBoundary(end)) continue
      out.push({ start: i, end, type, source: 'model', tier: Tier.rule, margin })
    }
  }
  return out
}
