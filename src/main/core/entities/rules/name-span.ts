import { surnameAt } from '../lexicon/surnames'
import { isHan } from './rule-context'

// Words that typically follow a name in news prose: a name ends where one of them starts.
const followers = (
  '强调 指出 主持 出席 参加 讲话 致辞 宣布 表示 要求 说 在 到 赴 率 带队 陪同 会见 接见 看望 慰问 ' +
  '调研 检查 督导 一行 等 及 和 与 同志 代表 分别 向 对 为 就 作 听取 认真 深入 前往 来 提出 介绍 ' +
  '汇报 担任 也 还 则 是 的 同 一同 共同 先后 实地 详细 现场 逐一 接听 首先 随后 宣读 召开 出任 当选 ' +
  '获 荣获 被 把 将 以 从 通报 点评 颁奖 颁发 发言 批示 签署 致 带领 指导 部署 主讲 领学 传达 ' +
  '总结 希望 寄语 号召 回答 答 告诉 透露 认为 坦言 称 报道 摄 主任 书记'
).split(' ')
const followerSet = new Set(followers)
const maxFollower = Math.max(...followers.map((w) => w.length))

// Characters that (almost) never end or fill a given name but often follow one.
const notInName = new Set('的了在是和与及等说对就也都将把被从到率市省县区局委会年日'.split(''))

function isFollower(text: string, i: number): boolean {
  if (i >= text.length || !isHan(text[i])) return true // punctuation, space, digits, line end
  for (let n = maxFollower; n >= 1; n--) if (followerSet.has(text.slice(i, i + n))) return true
  return false
}

function givenOk(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isHan(text[k]) || notInName.has(text[k])) return false
  return true
}

/** True when `[start, end)` has the shape of a name: surname + one or two given characters. */
export function isNameShape(text: string, start: number, end: number): boolean {
  const s = surnameAt(text, start)
  const given = end - start - s
  return s > 0 && given >= 1 && given <= 2 && givenOk(text, start + s, end)
}

/**
 * Where a name starting at `start` ends, judged by what follows it (刘越高|强调, 朱健|主持),
 * or -1. Three-character names are tried first: they are the majority.
 */
export function nameEnd(text: string, start: number): number {
  const s = surnameAt(text, start)
  if (!s) return -1
  for (const given of [2, 1]) {
    const end = start + s + given
    if (givenOk(text, start + s, end) && isFollower(text, end)) return end
  }
  return -1
}

// Honorific and kinship forms after a surname: references, not names (Gloss's guidelines).
const honorificRe =
  /^(?:先生|女士|小姐|阿姨|大爷|大妈|大娘|大叔|大伯|大姐|大哥|奶奶|爷爷|婆婆|阿婆|老太|老汉|老伯|师傅|老师|同学|医生|师父|总|老|姐|哥|叔|伯|婶|嫂|姨)$/

/** 王先生, 李阿姨, 张大爷: a surname followed by an honorific or kinship term. */
export function isHonorificReference(text: string, start: number, end: number): boolean {
  const s = surnameAt(text, start)
  return s > 0 && honorificRe.test(text.slice(start + s, end))
}
