// PFR and MSRA mark as people what Gloss's guidelines say are no names: a lone surname before
// a title or honorific (the 江 of 江主席, the 胡 of 胡先生), one-character places (湘) and
// honorific references (侯老). Scoring the recogniser, which follows the guidelines, against
// those marks counts every correct refusal as a miss, and PFR leaves generic references to
// bodies (市政府) unmarked, which the guidelines neither require nor penalise; this view leaves such spans out of the
// gold and ignores whatever was found over them, so the two conventions can be told apart.
import { isHonorificReference } from '../../src/main/core/entities/rules/name-span'
import type { GoldSpan } from './corpus'

const codePoints = (text: string, s: GoldSpan): number => [...text.slice(s.start, s.end)].length

/** Gold spans the guidelines say are not entities. */
export function notEntitiesInGloss(text: string, gold: readonly GoldSpan[]): GoldSpan[] {
  return gold.filter(
    (g) =>
      (g.type !== 'ORG' && codePoints(text, g) < 2) ||
      (g.type === 'PER' && isHonorificReference(text, g.start, g.end)),
  )
}

// A generic reference to a body, with no proper-name part: a level character and the body
// (省委, 市物价局, 县人民医院) or a government named by no place (人民政府). The guidelines
// neither require nor penalise these.
const genericRe =
  /^(?:[省市县区州镇乡](?![\s\S]*[省市县区州镇乡][委府])|(?:本级|地方|各级)?人民政府$)/

const isGeneric = (text: string, s: GoldSpan): boolean =>
  s.type === 'ORG' && genericRe.test(text.slice(s.start, s.end))

/** `gold` and `found` with the spans the guidelines exclude (and what overlaps them) removed. */
export function underGlossGuidelines(
  text: string,
  gold: readonly GoldSpan[],
  found: readonly GoldSpan[],
): { gold: GoldSpan[]; found: GoldSpan[] } {
  const excluded = [...notEntitiesInGloss(text, gold), ...gold.filter((g) => isGeneric(text, g))]
  const overlapsExcluded = (f: GoldSpan): boolean =>
    excluded.some((e) => f.start < e.end && e.start < f.end)
  return {
    gold: gold.filter((g) => !excluded.includes(g)),
    found: found.filter(
      (f) =>
        !overlapsExcluded(f) &&
        !(isGeneric(text, f) && !gold.some((g) => g.start === f.start && g.end === f.end)),
    ),
  }
}
