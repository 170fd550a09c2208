import type { EntityType } from '../../../../shared/model'
import { Tier, type Candidate } from '../candidate'
import { offices, partyOffices } from '../lexicon/offices'
import { surnameAt } from '../lexicon/surnames'
import type { Segmentation } from '../segment-text'
import { tagEntities } from '../tagger/tag-entities'
import type { TaggerModel } from '../tagger/tagger-model'
import { isHonorificReference } from './name-span'
import { isSetPhrase } from './place-rule'
import type { RuleContext } from './rule-context'

const types: readonly EntityType[] = ['person', 'place', 'org']

// Meetings, ceremonies and campaigns are events, not organisations (Gloss's guidelines),
// though PFR-style names of bodies end the same way (…工会, …委员会 stay organisations).
const eventEnd =
  /(?:发布会|座谈会|推进会|动员会|观摩会|研讨会|交流会|表彰会|见面会|招聘会|博览会|展销会|运动会|晚会|年会|论坛|仪式|活动|典礼|峰会|会议)$/

/**
 * The trained tagger's spans, at the genre rules' tier (the longer span wins), adapted to
 * Gloss's guidelines: no one-character person or place (湘, 美, a lone surname); no honorific
 * reference (王先生, 李阿姨); no event as
 * an organisation; no person that is one whole dictionary word of another kind, nor a doubtful
 * one without a surname (幸福感/nr);
 * places and organisations start and end on the segmenter's word edges (a name cut inside
 * a word, 五一劳|动, is a fragment) unless the tagger is sure of a place.
 */
export function taggerRule({ text, seg }: RuleContext, model: TaggerModel): Candidate[] {
  const out: Candidate[] = []
  for (const span of tagEntities(text, seg, model)) {
    const { start, end } = span
    const type = types[span.type]
    const surface = text.slice(start, end)
    if (end - start < 2 && type !== 'org') continue
    // The tagger reads UTF-16 units: never keep a span that cuts a surrogate pair in two.
    if (isLowSurrogate(text, start) || isLowSurrogate(text, end)) continue
    if (
      type === 'person' &&
      ((isOtherWord(seg, start, end) && span.margin < MIN_MARGIN_FOR_DICTIONARY_NR) ||
        doubtfulWithoutSurname(text, seg, start, end, span.margin) ||
        isHonorificReference(text, start, end))
    )
      continue
    if (
      type !== 'person' &&
      !(
        seg.isBoundary(start) &&
        (seg.isBoundary(end) || (type === 'org' && officeFollows(text, seg, end)))
      ) &&
      !(type === 'place' && span.margin >= MIN_MARGIN_INSIDE_WORD)
    )
      continue
    if (type === 'org' && eventEnd.test(surface)) continue
    if (type === 'place' && isSetPhrase(text, start)) continue
    out.push({ start, end, type, source: 'model', tier: Tier.rule, margin: span.margin })
  }
  return out
}

const officeWords = new Set([...offices, ...partyOffices])

/**
 * The word `end` falls inside goes on with an office (合肥市委|书记, 某局党委|副书记 written as
 * one word): the body ends where the office begins.
 */
function officeFollows(text: string, seg: Segmentation, end: number): boolean {
  let t = end - 1
  while (t >= 0 && seg.startsAt[t] < 0) t--
  const token = t >= 0 ? seg.tokens[seg.startsAt[t]] : undefined
  return !!token && token.end > end && officeWords.has(text.slice(end, token.end))
}

/** The span is exactly one segmenter word whose tag says it is no name (unless confident). */
function isOtherWord(seg: Segmentation, start: number, end: number): boolean {
  const token = seg.tokens[seg.startsAt[start]]
  return !!token && token.end === end && !token.tag.startsWith('nr') && token.tag !== 'x'
}

// A person that is one whole dictionary word (of another kind, or an nr word without a known
// surname) must be a confident call: jieba's dictionary tags common nouns nr (幸福感/nr) and
// names as other words (a minister's name tagged ns or v), and the tagger reads those tags.
// On PFR dev (never the test week) every such call at this margin or above was a name.
const MIN_MARGIN_FOR_DICTIONARY_NR = 100

// A place inside a longer word (中亚|国家, 首都|北京, 德国|人) is kept when the tagger is sure;
// unsure ones are mostly fragments (五一劳|动). On PFR dev, nine in ten kept at this margin
// were places.
const MIN_MARGIN_INSIDE_WORD = 50

/**
 * A person that does not open with a surname (and has no · of a transliteration): dropped
 * when it opens with an ordinary dictionary word, or is one dictionary nr word the tagger is
 * not sure about.
 */
function doubtfulWithoutSurname(
  text: string,
  seg: Segmentation,
  start: number,
  end: number,
  margin: number,
): boolean {
  if (surnameAt(text, start) > 0 || /[·•・]/.test(text.slice(start, end))) return false
  const token = seg.tokens[seg.startsAt[start]]
  if (!token || token.end - token.start < 2) return false
  if (token.tag.startsWith('nr')) return token.end === end && margin < MIN_MARGIN_FOR_DICTIONARY_NR
  return token.tag !== 'x'
}

const isLowSurrogate = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  return c >= 0xdc00 && c <= 0xdfff
}
