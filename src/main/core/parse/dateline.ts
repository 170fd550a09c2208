// Datelines: `衡阳晚报讯`, `本报讯`, `本报北京4月25日电`, `新华社北京4月25日电`, `央视网消息`,
// optionally followed by a credit in parentheses: `衡阳晚报讯 (全媒体记者 陈润)`.

import type { Reporter } from '../../../shared/model'
import { parseReporters } from './reporters'

/** An outlet: 本报, or a name ending in what papers, agencies and sites call themselves. */
const OUTLET =
  '本报|本報|本刊|[\\u4E00-\\u9FFF]{1,10}?(?:日报|晚报|早报|晨报|时报|商报|报|日報|晚報|時報|報|通讯社|通訊社|新闻社|新聞社|社|网|網|台|臺|客户端|融媒体中心)'

/** Outlet, optional place and month/day, then the marker; then a boundary, never more Han. */
const DATELINE = new RegExp(
  `^据?(${OUTLET})([\\u4E00-\\u9FFF]{0,8}?)(\\d{1,2}月\\d{1,2}日)?(讯|電|訊|电|消息)(?=$|[\\s\\u3000(（:：,，\\d])`,
)

/** A credit in half- or full-width parentheses, at the start of `text`. */
const CREDIT = /^[(（]([^()（）\n]{1,60})[)）]/

export interface DatelineMatch {
  /** Length (UTF-16) of the dateline and its credit as printed, from the start of the text. */
  length: number
  /** The dateline alone (`衡阳晚报讯`). */
  dateline: string
  /** The outlet (`衡阳晚报`, `本报`, `新华社`). */
  outlet: string
  reporters: Reporter[]
}

/** Matches a dateline (and its credit) at the start of `text`, or returns null. */
export function matchDateline(text: string): DatelineMatch | null {
  const m = DATELINE.exec(text)
  if (!m) return null
  const dateline = m[0]
  let length = dateline.length
  let reporters: Reporter[] = []
  let pos = length
  while (pos < text.length && /[\s\u3000]/.test(text[pos])) pos++
  const credit = CREDIT.exec(text.slice(pos, pos + 64))
  if (credit) {
    const parsed = parseReporters(credit[1], false)
    if (parsed) {
      reporters = parsed
      length = pos + credit[0].length
    }
  }
  return { length, dateline, outlet: m[1], reporters }
}

/** A credit line by itself: `（记者 张三 通讯员 李四）` or `本报记者 张三 李四`. */
export function matchCreditLine(text: string): Reporter[] | null {
  const paren = /^[(（]([^()（）\n]{1,60})[)）]$/.exec(text)
  if (paren) return parseReporters(paren[1], true)
  if (
    text.length > 40 ||
    !/^(?:本报|本刊|全媒体|融媒体|见习|特约|首席)?(?:记者|通讯员)/.test(text)
  ) {
    return null
  }
  return parseReporters(text, true)
}

/** A credit at the very end of a paragraph: `…发展。（记者 张三）`; its start index or -1. */
export function trailingCreditStart(text: string): { start: number; reporters: Reporter[] } | null {
  const m = /[(（]([^()（）\n]{1,60})[)）]$/.exec(text)
  if (!m || m.index === 0) return null
  const reporters = parseReporters(m[1], true)
  return reporters ? { start: m.index, reporters } : null
}
