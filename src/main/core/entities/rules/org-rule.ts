import { rule, Tier, type Candidate } from '../candidate'
import { nationalOrgs, orgSuffixes } from '../lexicon/org-suffixes'
import { isHan, matches, type RuleContext } from './rule-context'

const suffixes = [...orgSuffixes].sort((a, b) => b.length - a.length)
// The same list split by last character, order kept: the first suffix of the list ending at a
// position is the first of its character's list (a body is tried at a dozen ends each).
const suffixesByLast = new Map<string, string[]>()
for (const s of suffixes) {
  const last = s[s.length - 1]
  suffixesByLast.set(last, [...(suffixesByLast.get(last) ?? []), s])
}
const noSuffixes: readonly string[] = []
/** The longest suffix (first in `suffixes` order) ending at `k` and starting at or after `from`. */
export function suffixEndingAt(text: string, from: number, k: number): string | undefined {
  const candidates = k > 0 ? (suffixesByLast.get(text[k - 1]) ?? noSuffixes) : noSuffixes
  return candidates.find((s) => k - s.length >= from && text.endsWith(s, k))
}
const maxBody = 12
// Characters that never sit inside an organisation's name: they end the search.
const stop = /[的与及在了是对将把从到向、]/
const levelChar = /[省市县区州镇乡]/
const levelChars = new Set([...'省市县区州镇乡'].map((c) => c.charCodeAt(0)))
const notBefore = /[全我本该各此城都上门超]/
const nationalRe = new RegExp(`(?:中共)?(?:${nationalOrgs.join('|')})`, 'g')
// 12345 is the nationwide government service hotline; the genre treats it as a body.
// A dateline names its paper (赣南日报讯, 本报讯 excepted) and 《…报》 cites one.
const datelineRe =
  /(?<=^[ \u3000]*)(?!本报)([\u4e00-\u9fff]{2,10}?(?:日报|晚报|晨报|早报|商报|都市报|时报|报))(?=讯)|(?<=《)([\u4e00-\u9fff]{2,10}?(?:日报|晚报|晨报|早报|商报|都市报|时报))(?=》)/gm
const hotlineRe = /(?<!\d)\d{5}(?:政务服务便民)?热线/g

/** Where an organisation may begin: a level character (市统计局) or right after a place. */
function prefixEnds(
  ctx: RuleContext,
  places: readonly Candidate[],
): { start: number; from: number }[] {
  const { text, seg } = ctx
  const out: { start: number; from: number }[] = []
  for (let i = 0; i < text.length; i++) {
    if (!levelChars.has(text.charCodeAt(i))) continue
    // 市 after a whole word (参加|市政府办) starts a body; inside 全市/我市/城市 it does not.
    if (levelChar.test(text[i]) && seg.isBoundary(i) && !notBefore.test(text[i - 1] ?? ''))
      if (startsOrgWord(ctx, i)) out.push({ start: i, from: i + 1 })
  }
  // National bodies are named from 国家 (国家统计局, 国家发展和改革委员会) as local ones from 市.
  for (let i = text.indexOf('国家'); i >= 0; i = text.indexOf('国家', i + 2)) {
    if (seg.isBoundary(i)) out.push({ start: i, from: i + 2 })
  }
  for (const p of places) {
    const start = text.startsWith('中共', p.start - 2) ? p.start - 2 : p.start
    out.push({ start, from: p.end })
    if (levelChar.test(text[p.end] ?? '')) out.push({ start, from: p.end + 1 })
  }
  return out
}

// The word at a level character must be that character alone (市|统计局) or itself an
// organisation word (市委, 市政府办): 市长, 市场 and 市民 start no body.
function startsOrgWord({ text, seg }: RuleContext, i: number): boolean {
  const t = seg.tokens[seg.startsAt[i]]
  if (!t || t.end - t.start === 1 || t.tag === 'nt') return true
  const word = text.slice(t.start, t.end)
  return suffixes.some((s) => word.endsWith(s) && word.length > s.length)
}

/**
 * Whether a suffix ending at `k` really ends the name: it is a word of its own (市|委), ends a
 * longer word (统计局, 人民法院) or ends the word that began the name (市政府); not the tail
 * of an ordinary two-character word (决策|部署).
 */
function suffixEndsName(
  { seg }: RuleContext,
  from: number,
  suffixStart: number,
  k: number,
): boolean {
  const t = seg.tokens[seg.endsAt[k]]
  if (!t) return true
  return t.start >= suffixStart || t.start < from || t.end - t.start >= 3 || t.tag === 'nt'
}

// 和 joins two fields inside one body (发展和改革委员会, 工业和信息化局), never two bodies (市委和市政府).
function badAnd(text: string, from: number, i: number): boolean {
  return text[i] === '和' && (i - from < 2 || suffixes.some((s) => text.endsWith(s, i)))
}

// Words that never sit inside a name: pronouns and 各级 (r), conjunctions but 和 (c), prepositions
// (p), particles (u), times (t). A name runs 市|第一|人民医院, never 西安某公司|等|九家|公司.
const notInName = /^(?:[rcputd]|v$)/
// A count of bodies (九家, 一所, 两级) heads a list of them, not a name.
const countedRe = /^[0-9０-９一二两三四五六七八九十百千几多数]+[家所级个批]$/

/** The word starting at `k` ends any name that reached it. */
function endsName({ text, seg }: RuleContext, k: number): boolean {
  const t = seg.tokens[seg.startsAt[k]]
  if (!t) return false
  const word = text.slice(t.start, t.end)
  // 和 may join two fields inside one body; badAnd judges it.
  return (notInName.test(t.tag) && word !== '和') || countedRe.test(word)
}

// 中西部, 东南部: a part of a region, though it ends like a ministry (外交部).
const regionPartRe = /[东西南北中]{1,2}部$/

/** The longest suffix-ended span from `from`, ending on a word boundary, or -1. */
function bodyEnd(ctx: RuleContext, from: number): number {
  const { text, seg } = ctx
  let best = -1
  for (let k = from; k <= Math.min(text.length, from + maxBody); k++) {
    if (k > from && (stop.test(text[k - 1]) || !isHan(text[k - 1]) || badAnd(text, from, k - 1)))
      break
    if (!seg.isBoundary(k)) continue
    const suffix = suffixEndingAt(text, from, k)
    if (
      suffix &&
      suffixEndsName(ctx, from, k - suffix.length, k) &&
      !regionPartRe.test(text.slice(from, k))
    )
      best = k
    if (endsName(ctx, k)) break
  }
  return best
}

/**
 * Organisations: level or place + body + suffix, national bodies, hotlines, engine nt words.
 * A body never runs into an office title (北京市委|常委, 某师|副政委): the title ends it.
 */
export function orgRule(
  ctx: RuleContext,
  places: readonly Candidate[],
  titles: readonly Candidate[],
): Candidate[] {
  const { text, seg } = ctx
  const out: Candidate[] = []
  const titleStarts = new Set(titles.filter((t) => t.type === 'title').map((t) => t.start))
  const holdsTitle = (start: number, end: number): boolean => {
    for (let k = start + 1; k < end; k++) if (titleStarts.has(k)) return true
    return false
  }
  for (const { start, from } of prefixEnds(ctx, places)) {
    const end = bodyEnd(ctx, from)
    if (end > 0 && !holdsTitle(start, end)) out.push(rule(start, end, 'org'))
  }
  for (const m of matches(nationalRe, text)) out.push(rule(m.index, m.index + m[0].length, 'org'))
  for (const m of matches(datelineRe, text)) out.push(rule(m.index, m.index + m[0].length, 'org'))
  for (const m of matches(hotlineRe, text)) out.push(rule(m.index, m.index + m[0].length, 'org'))
  for (const t of seg.tokens) {
    const word = text.slice(t.start, t.end)
    // Engine nt words count with a multi-character suffix only (新格局 is not a bureau).
    if (
      t.tag === 'nt' &&
      suffixes.some((s) => s.length >= 2 && word.endsWith(s) && word.length > s.length)
    )
      out.push({ start: t.start, end: t.end, type: 'org', source: 'model', tier: Tier.model })
  }
  return out
}
