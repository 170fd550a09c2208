import { rule, type Candidate } from '../candidate'
import { adminSuffixes, gazetteer } from '../lexicon/places'
import { isHan, matches, type RuleContext } from './rule-context'

const suffixRe = new RegExp(`^(?:${adminSuffixes.join('|')})`)
// Most places are followed by no suffix: the first character tells, before any slicing.
const suffixFirsts = new Set(adminSuffixes.map((s) => s.charCodeAt(0)))
const gazetteerRe = new RegExp([...gazetteer].sort((a, b) => b.length - a.length).join('|'), 'g')
// Development zones are places of their own (高新区, 经开区), with or without a city before them.
const zoneRe = /高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|自贸区|保税区/g
// A venue hosting an event: 在衡山文化中心举行 → the venue is a place.
const venueRe =
  /在([\u4e00-\u9fff]{2,12}?(?:中心|广场|会堂|礼堂|体育馆|体育场|会展中心|宾馆|酒店|大厦|剧院|公园|博物馆|图书馆|纪念馆|展览馆))(?:隆重)?(?:举行|召开|举办|开幕|开展|启动)/g
// Phrases where 中国 names a path, not the country (中国特色社会主义, 中国式现代化).
const setPhrase = /^中国(?:特色|式)/

/** Whether the place at `start` is the 中国 of 中国特色 / 中国式, which names no place. */
export const isSetPhrase = (text: string, start: number): boolean =>
  setPhrase.test(text.slice(start, start + 4))

/** End of an administrative suffix right after `at` (衡阳|市), if it ends on a word boundary. */
function suffixEnd(text: string, at: number, isBoundary: (i: number) => boolean): number {
  if (!suffixFirsts.has(text.charCodeAt(at))) return at
  const suffix = suffixRe.exec(text.slice(at, at + 5))
  return suffix && isBoundary(at + suffix[0].length) ? at + suffix[0].length : at
}

const listItemRe =
  /(?<=^|[、\s，。；：,(（])([\u4e00-\u9fff]{1,4}(?:市|县|区|镇|乡|街道|社区|旗))(?=[、，。；\s,)）及和等作])/g

/**
 * 、-separated divisions (章贡区、南康区、瑞金市): once one item is a known place, every item
 * shaped like a division in the same list is one too.
 */
function placeListRule(text: string, known: readonly Candidate[]): Candidate[] {
  const knownAt = new Set(known.map((c) => `${c.start}:${c.end}`))
  const out: Candidate[] = []
  let group: Candidate[] = []
  let confirmed = false
  const flush = (): void => {
    if (confirmed && group.length >= 2) out.push(...group)
    group = []
    confirmed = false
  }
  for (const m of matches(listItemRe, text)) {
    const last = group[group.length - 1]
    if (last && !(last.end + 1 === m.index && text[last.end] === '、')) flush()
    group.push(rule(m.index, m.index + m[0].length, 'place'))
    confirmed ||= knownAt.has(`${m.index}:${m.index + m[0].length}`)
  }
  flush()
  return out
}

const chainRe = /^[\u4e00-\u9fff]{2,3}?(?:街道|区|县|镇|乡)/

/** A division written right after its parent (宜昌市|夷陵区), even when the engine lacks it. */
function chainedDivisions(
  text: string,
  known: readonly Candidate[],
  isBoundary: (i: number) => boolean,
): Candidate[] {
  const out: Candidate[] = []
  for (const c of known) {
    if (!/[省市州县区]$/.test(text.slice(c.start, c.end))) continue
    const m = chainRe.exec(text.slice(c.end, c.end + 5))
    if (m && isBoundary(c.end + m[0].length)) out.push(rule(c.end, c.end + m[0].length, 'place'))
  }
  return out
}

/** Places: the gazetteer, dictionary places with an administrative suffix, zones and venues. */
export function placeRule({ text, seg }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(gazetteerRe, text)) {
    const start = m.index
    const end = start + m[0].length
    if (!seg.isBoundary(start) || isSetPhrase(text, start)) continue
    const withSuffix = suffixEnd(text, end, seg.isBoundary)
    // Gazetteer names that are also words (来宾, 朝阳产业) count only when the engine agrees.
    const token = seg.tokens[seg.startsAt[start]]
    if (withSuffix === end && token && token.end >= end && token.tag !== 'ns') continue
    out.push(rule(start, withSuffix, 'place'))
  }
  for (const t of seg.tokens) {
    if (t.tag !== 'ns' || t.end - t.start < 2 || !isHan(text[t.start])) continue
    const word = text.slice(t.start, t.end)
    // A dictionary place is trusted when an administrative suffix confirms it (耒阳市, 衡南县).
    const end = suffixEnd(text, t.end, seg.isBoundary)
    if (end > t.end) out.push(rule(t.start, end, 'place'))
    // A military region (X军区, X战区) is a command, an organisation, though it ends in 区.
    else if (/[省市县区州镇乡旗]$/.test(word) && word.length >= 3 && !/[军战]区$/.test(word))
      out.push(rule(t.start, t.end, 'place'))
  }
  const placeEnds = new Map(out.map((c) => [c.end, c.start]))
  for (const m of matches(zoneRe, text)) {
    // A zone takes the city right before it (赣州经开区).
    const start = placeEnds.get(m.index) ?? m.index
    if (seg.isBoundary(m.index)) out.push(rule(start, m.index + m[0].length, 'place'))
  }
  out.push(...placeListRule(text, out))
  out.push(...chainedDivisions(text, out, seg.isBoundary))
  for (const m of matches(venueRe, text)) {
    // 在这里的X体育馆举行: the venue is what follows the last 的, and no pronoun opens it.
    const end = m.index + 1 + m[1].length
    const start = m.index + 1 + m[1].lastIndexOf('的') + 1
    const first = seg.tokens[seg.startsAt[start]]
    if (end - start >= 3 && first && !first.tag.startsWith('r')) out.push(rule(start, end, 'place'))
  }
  return out
}
