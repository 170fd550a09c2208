import { rule, type Candidate } from '../candidate'
import { matches, type RuleContext } from './rule-context'

const year = '(?:\\d{4}|[〇零一二三四五六七八九]{4})'
const num = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})'
const dash = '[—–\\-~～至到]'
const part = '(?:上午|下午|中午|晚上|傍晚|凌晨|早上|清晨|夜间)'
const clock = `\\d{1,2}[:：]\\d{2}`
const date =
  `(?:${year}年(?:${num}月(?:${num}日)?|[一二三四1-4]季度|第[一二三四]季度|上半年|下半年|底|初)?` +
  `|${num}月(?:${num}日)?|${num}日)` +
  `(?:${dash}${num}(?:月${num})?日)?`

// Dates (4月24日—25日, 2023年一季度), times of day (25日上午, 上午9:00—11:00), relative days.
const timeRe = new RegExp(
  `(?:${date})${part}?(?:${clock}(?:${dash}${clock})?)?` +
    `|${part}?${clock}(?:${dash}${clock})?` +
    `|[一二三四]季度|上半年|下半年|${part}|今年|去年|明年|今天|今日|昨天|昨日|明天|当天|近日|日前`,
  'g',
)

export function timeRule({ text }: RuleContext): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(timeRe, text)) {
    out.push(rule(m.index, m.index + m[0].length, 'time'))
  }
  return out
}
