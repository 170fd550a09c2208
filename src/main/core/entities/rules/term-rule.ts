import { Tier, type Candidate } from '../candidate'
import { matches, type RuleContext } from './rule-context'
import {
  hasNamingVeto,
  hasPolicyNounAfter,
  hasPolicyVerbBefore,
  hasUtteranceVeto,
} from './term/quote-context'
import { hasFormulaShape, isPlusFormula } from './term/quote-shape'
import { isKnownFormulation, unquotedFormulations, type Span } from './term/policy-lexicon'

// A policy term is a short slogan or formula: “双过半”, “制造立市、文旅兴城”, “放管服”. Most
// short quotations in the news are something else — a word in scare quotes, a fragment of
// speech, a name — so a quotation is a term only when it is a known formulation, has a
// formula's shape, or is introduced as a principle, campaign or mode of work, and nothing in
// or around it marks an utterance or a name.
const quoted = /[“「『]([^“”「」『』。，！？；：,!?;\n]{2,20})[”」』]/g

// A quoted four-character idiom (寡不敌众, 一拍即合, 实实在在; the segmenter tags them i and z)
// is a figure of speech, not a formula; shorter words it tags i include formulas (停车难). Set phrases (l) include formulas (希望工程), so only a set phrase with
// no formula shape is vetoed.
const IDIOM_TAGS = new Set(['i', 'z'])

interface Quote extends Span {
  content: string
  before: string
  after: string
}

/** Quotations written back to back or joined by 、 share the words that introduce them. */
function coordinatedRuns(text: string, quotes: readonly Quote[]): Quote[][] {
  const runs: Quote[][] = []
  for (const q of quotes) {
    const run = runs[runs.length - 1]
    const last = run?.[run.length - 1]
    if (last && /^、?$/.test(text.slice(last.end + 1, q.start - 1))) run.push(q)
    else runs.push([q])
  }
  return runs
}

export function termRule({ text, seg }: RuleContext): Candidate[] {
  const quotes: Quote[] = []
  for (const m of matches(quoted, text)) {
    const start = m.index + 1
    const end = start + m[1].length
    quotes.push({
      start,
      end,
      content: m[1],
      before: text.slice(Math.max(0, start - 7), start - 1),
      after: text.slice(end + 1, end + 9),
    })
  }
  const wholeWordTag = (q: Quote): string | null => {
    const k = seg.startsAt[q.start]
    return k >= 0 && seg.tokens[k].end === q.end ? seg.tokens[k].tag : null
  }
  const spans: Span[] = []
  for (const run of coordinatedRuns(text, quotes)) {
    const introduced =
      hasPolicyVerbBefore(run[0].before) || hasPolicyNounAfter(run[run.length - 1].after)
    for (const q of run) {
      const c = q.content
      if (isKnownFormulation(c)) spans.push(q)
      else if (hasUtteranceVeto(c) && !isPlusFormula(c)) continue
      else if (hasNamingVeto(q.before, q.after)) continue
      else {
        const tag = wholeWordTag(q)
        if (tag && IDIOM_TAGS.has(tag) && c.length >= 4) continue
        if (tag === 'nt') continue // read as one organisation's name (四川长虹)
        if (hasFormulaShape(c) || (c.length >= 3 && introduced && tag !== 'l')) spans.push(q)
      }
    }
  }
  // Unquoted formulations, outside the quotations already judged.
  let k = 0
  for (const s of unquotedFormulations(text, seg)) {
    while (k < quotes.length && quotes[k].end + 1 <= s.start) k++
    if (k < quotes.length && quotes[k].start - 1 < s.end) continue
    spans.push(s)
  }
  return spans
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => ({ start, end, type: 'term', source: 'rule', tier: Tier.term }))
}
