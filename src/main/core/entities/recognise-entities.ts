import type { DictionaryEntry, EntityMention } from '../../../shared/model'
import { applyDictionary } from './apply-dictionary'
import type { Candidate } from './candidate'
import type { SegmenterEngine } from './engines/segmenter-engine'
import { resolveOverlaps } from './resolve-overlaps'
import { modelPersonRule } from './rules/model-rule'
import { orgRule } from './rules/org-rule'
import {
  bylineRule,
  headlinePairRule,
  leaderRule,
  nameListRule,
  presenceNameRule,
  titleNameRule,
} from './rules/person-rules'
import { placeRule } from './rules/place-rule'
import { propagateNames } from './rules/propagate-names'
import { propagateTagged } from './rules/propagate-tagged'
import { taggerRule } from './rules/tagger-rule'
import type { RuleContext } from './rules/rule-context'
import { termRule } from './rules/term-rule'
import { timeRule } from './rules/time-rule'
import { titleRule } from './rules/title-rule'
import { segmentText } from './segment-text'
import type { TaggerModel } from './tagger/tagger-model'

export type { SegmenterEngine } from './engines/segmenter-engine'

export interface RecogniseOptions {
  /** The user's corrections; they win over every other layer. */
  dictionary?: readonly DictionaryEntry[]
  /** The word segmenter (an adapter loads it: `getEngine()` in src/main/engines). */
  engine: SegmenterEngine
  /** The trained tagger (the host reads its file); without one, recognition is rules only. */
  tagger?: TaggerModel | null
}

/**
 * Drops a tagger span that swallows two or more rule (or segmenter) spans of its own type: back-to-back names
 * (王某甲李某乙) and adjacent bodies (X大学Y研究院) the rules have already told apart.
 */
function deferToRules(tagged: Candidate[], rules: readonly Candidate[]): Candidate[] {
  const byStart = [...rules].sort((x, y) => x.start - y.start)
  const firstAtOrAfter = (at: number): number => {
    let lo = 0
    let hi = byStart.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (byStart[mid].start < at) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return tagged.filter((m) => {
    let inside = 0
    for (let k = firstAtOrAfter(m.start); k < byStart.length && byStart[k].start < m.end; k++) {
      const r = byStart[k]
      if (r.type === m.type && r.end <= m.end) inside++
    }
    return inside < 2
  })
}

/**
 * Finds people, places, organisations, times, office titles and quoted terms in `text`.
 * Result: sorted by start, non-overlapping (the longest surface wins), offsets in UTF-16
 * units with `text.slice(start, end) === mention.text`.
 */
export function recogniseEntities(text: string, options: RecogniseOptions): EntityMention[] {
  const ctx: RuleContext = { text, seg: segmentText(text, options.engine) }
  const places = placeRule(ctx)
  const titles = titleRule(ctx, places)
  const strongNames = [
    ...titleNameRule(ctx, titles),
    ...presenceNameRule(ctx),
    ...nameListRule(ctx),
    ...bylineRule(ctx),
    ...leaderRule(ctx),
  ]
  const known = new Set(strongNames.map((c) => text.slice(c.start, c.end)))
  const pairs = headlinePairRule(ctx, known)
  for (const c of pairs) known.add(text.slice(c.start, c.end))
  const candidates: Candidate[] = [
    ...titles,
    ...places,
    ...orgRule(ctx, places, titles),
    ...strongNames,
    ...pairs,
    ...propagateNames(ctx, known),
    ...timeRule(ctx),
    ...termRule(ctx),
    // jieba's dictionary person tags are the guess the trained tagger replaces: where it
    // runs, its reading of the same word (in context) is the better one.
    ...(options.tagger ? [] : modelPersonRule(ctx)),
  ]
  if (options.tagger)
    candidates.push(
      ...deferToRules(propagateTagged(ctx, taggerRule(ctx, options.tagger)), candidates),
    )
  return resolveOverlaps(text, applyDictionary(text, candidates, options.dictionary ?? []))
}
