import type { EntityType } from '../../../../shared/model'
import { Tier, type Candidate } from '../candidate'
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
 * a word, 五一劳|动, is a fragment).
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
      (isOtherWord(seg, start, end) ||
        doubtfulWithoutSurname(text, seg, start, end, span.margin) ||
        isHonorificReference(text, start, end))
    )
      continue
    if (type !== 'person' && !(seg.isBoundary(start) && seg.isBoundary(end))) continue
    if (type === 'org' && eventEnd.test(surface)) continue
    if (type === 'place' && isSetPhrase(text, start)) continue
    out.push({ start, end, type, source: 'model', tier: Tier.rule, margin: span.margin })
  }
  return out
}

/** The span is exactly one segmenter word whose tag says it is no name. */
function isOtherWord(seg: Segmentation, start: number, end: number): boolean {
  const token = seg.tokens[seg.startsAt[start]]
  return !!token && token.end === end && !token.tag.startsWith('nr') && token.tag !== 'x'
}

// A person without a known surname that is one whole jieba nr word must be a confident call:
// jieba's dictionary tags common nouns nr (幸福感/nr), and the tagger reads that tag. Names it
// does not know (transliterations, rare surnames: 伯塞斯库, 回良玉) come apart into pieces.
const MIN_MARGIN_FOR_DICTIONARY_NR = 100

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
