import { rule, type Candidate } from '../candidate'
import { nationalLeaders } from '../lexicon/leaders'
import { isAmbiguousSurname, surnameAt } from '../lexicon/surnames'
import { isNameShape, nameEnd } from './name-span'
import { isHan, matches, type RuleContext } from './rule-context'

/** Office + name: 市委书记刘越高 → the name after the title. */
export function titleNameRule({ text }: RuleContext, titles: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const t of titles) {
    const end = nameEnd(text, t.end)
    if (end > 0) out.push(rule(t.end, end, 'person'))
  }
  return out
}

// Bylines and credits: (全媒体记者 陈润) (记者 张三 通讯员 李四) 摄影 王五.
const bylineRe =
  /(?:全媒体记者|融媒体记者|本报记者|特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影|文\/图|图\/文|责任编辑|编辑|校对)[ \u3000:：]*/g
const roleAhead =
  /^(?:全媒体记者|融媒体记者|本报记者|特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影)/

export function bylineRule({ text }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(bylineRe, text)) {
    let at = m.index + m[0].length
    // Credits sit after an opening bracket, a space or at a line start, never mid-sentence.
    if (m.index > 0 && !/[\s(（【/]/.test(text[m.index - 1]) && !text.endsWith('讯', m.index))
      continue
    for (;;) {
      const end = nameEnd(text, at)
      if (end < 0) break
      out.push(rule(at, end, 'person'))
      at = end
      while (/[ \u3000、]/.test(text[at] ?? '')) at++
      const role = roleAhead.exec(text.slice(at, at + 6))
      if (role) at += role[0].length
      while (/[ \u3000]/.test(text[at] ?? '')) at++
      if (at === end) break
    }
  }
  return out
}

// A list is introduced by who is present: 市领导A、B、C及… / 出席的有A、B.
const listTrigger =
  /(?:市领导|省领导|县领导|区领导|领导|出席|参加|陪同|嘉宾|有|包括|以及|还有|：|:)$/

/** 、-separated name lists: every item between 、 must look like a name. */
export function nameListRule({ text }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  const sep = /、/g
  let run: number[] = []
  const flush = (): void => {
    if (run.length) out.push(...listNames(text, run))
    run = []
  }
  for (const m of matches(sep, text)) {
    const prev = run[run.length - 1]
    const item = prev === undefined ? '' : text.slice(prev + 1, m.index)
    if (
      prev !== undefined &&
      !(item.length >= 2 && item.length <= 4 && isNameShape(text, prev + 1, m.index))
    )
      flush()
    run.push(m.index)
  }
  flush()
  return out
}

function listNames(text: string, seps: readonly number[]): Candidate[] {
  const first = seps[0]
  const last = seps[seps.length - 1]
  const firstStart = leftItemStart(text, first)
  const lastEnd = nameEnd(text, last + 1)
  const spans: [number, number][] = []
  if (firstStart.start >= 0) spans.push([firstStart.start, first])
  for (let i = 1; i < seps.length; i++) spans.push([seps[i - 1] + 1, seps[i]])
  if (lastEnd > 0) spans.push([last + 1, lastEnd])
  if (spans.length < 2) return []
  // Without a trigger, accept lists of three or more where two in three surnames are clear.
  const clear = spans.filter(([s]) => !isAmbiguousSurname(text[s])).length
  const trusted = firstStart.triggered || (spans.length >= 3 && clear * 3 >= spans.length * 2)
  return trusted ? spans.map(([s, e]) => rule(s, e, 'person')) : []
}

function leftItemStart(text: string, sep: number): { start: number; triggered: boolean } {
  for (const len of [3, 2, 4]) {
    const start = sep - len
    if (start < 0 || !isNameShape(text, start, sep)) continue
    if (listTrigger.test(text.slice(Math.max(0, start - 4), start)))
      return { start, triggered: true }
    if (!isHan(text[start - 1])) return { start, triggered: false }
  }
  return { start: -1, triggered: false }
}

// Two names back to back before a verb in a headline: 刘越高宋峰嵘致辞.
const pairRe =
  /(?<=^|[\s\u3000，,])([\u4e00-\u9fff]{4,6})(?=致辞|出席|讲话|调研|会见|主持|看望|慰问|督导|检查|参加|寄语|宣讲)/gm

export function headlinePairRule({ text }: RuleContext, known: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(pairRe, text)) {
    const run = m[1]
    const splits = [2, 3, 4].filter(
      (a) => isNameShape(run, 0, a) && isNameShape(run, a, run.length) && surnameAt(run, a) > 0,
    )
    // Unique by length (3+3, 2+2) or settled by a name already seen in the issue.
    const pick =
      splits.length === 1
        ? splits[0]
        : splits.find((a) => known.has(run.slice(0, a)) || known.has(run.slice(a)))
    if (pick === undefined) continue
    out.push(
      rule(m.index, m.index + pick, 'person'),
      rule(m.index + pick, m.index + run.length, 'person'),
    )
  }
  return out
}

const leaderRe = new RegExp(nationalLeaders.join('|'), 'g')

/** National leaders, matched even where a segmenter cuts them (领学习近平 → 领学 + 习近平). */
export function leaderRule({ text, seg }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(leaderRe, text)) {
    const end = m.index + m[0].length
    // Two-character names need word edges: 李强 is not in 李强调研's 强调.
    if (m[0].length === 2 && !(seg.isBoundary(m.index) && seg.isBoundary(end))) continue
    out.push(rule(m.index, end, 'person'))
  }
  return out
}

const presenceRe = /(?:市领导|省领导|县领导|区领导|州领导)/g

/** A lone name after 市领导: 市领导赖馨正宣布… (lists are handled by nameListRule). */
export function presenceNameRule({ text }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(presenceRe, text)) {
    const start = m.index + m[0].length
    const end = nameEnd(text, start)
    if (end > 0) out.push(rule(start, end, 'person'))
  }
  return out
}
