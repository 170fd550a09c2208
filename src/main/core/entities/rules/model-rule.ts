import { Tier, type Candidate } from '../candidate'
import { isAmbiguousSurname } from '../lexicon/surnames'
import { isHonorificReference, isNameShape } from './name-span'
import type { RuleContext } from './rule-context'

/**
 * The engine's own person tags, trusted least: only words shaped like a name with an
 * unambiguous surname (segmentit reads 大兴 and 有进 as names; neither 大 nor 有 is a surname).
 */
export function modelPersonRule({ text, seg }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  for (const t of seg.tokens) {
    if (!t.tag.startsWith('nr') || isAmbiguousSurname(text[t.start])) continue
    // Two-character nr words are mostly ordinary words in the dictionaries (卓越, 荣誉).
    if (
      t.end - t.start >= 3 &&
      isNameShape(text, t.start, t.end) &&
      !isHonorificReference(text, t.start, t.end)
    )
      out.push({ start: t.start, end: t.end, type: 'person', source: 'model', tier: Tier.model })
  }
  return out
}
