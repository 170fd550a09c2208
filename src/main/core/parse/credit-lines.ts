// Lines that credit people rather than tell the story. Where such a line sits decides what it
// is: under a headline it is the byline; after the body it closes the article (a trailing
// credit), and is never a body paragraph nor the start of the next article.

import type { Reporter } from '../../../shared/model'
import { codePointLength } from '../../../shared/offsets'
import { isAmbiguousSurname, surnameAt } from '../genre/surnames'
import { parseReporters } from './reporters'

/** A whole line in half- or full-width parentheses: `（记者 张三）`, `（作者为…）`. */
const PARENTHESISED = /^[(（]((?:[^()（）\n]|[(（][^()（）\n]{1,30}[)）]){1,80})[)）]$/

/** What a parenthesised closing line says when it credits: author notes, contributors, sources. */
const CREDIT_WORDS =
  /作者|参与采写|采写|采访整理|整理|供图|供稿|摄影?|编译|综合|报道|通讯员|记者|記者|通訊員|来源|來源|执笔|執筆|口述|实习生|實習生|摘编|摘編|摘自|选自|選自|转载|轉載|原载|原載|原题|原題|^完$/

/** A labelled credit line: `■记者 张三 通讯员 李四`, `作者:王五 摄影 赵六`, `文/图 张三`. */
const LABELLED =
  /^[■□●▲◆★]?[\s\u3000]*(?:本报|本報)?(?:记者|記者|通讯员|通訊員|作者|摄影|攝影|摄像|编辑|編輯|责任编辑|責任編輯|责编|責編|校对|文[/／]图|文[/／]圖|图[/／]文|图文|圖文|文字|图片|圖片)[\s\u3000]*(?:[:：/／]|[\s\u3000])/

/** `牛宏超  周学津摄影报道`, `赖粤津摄（人民视觉）`, `张三 摄`: photographers at the end. */
const PHOTO =
  /^(.{2,30}?)[\s\u3000]*(?:摄影报道|攝影報道|摄影|攝影|摄|攝|供图|供圖|制图|製圖)(?:[(（][^()（）]{1,16}[)）])?$/

/** `消息、图片来源:…`, `来源：…`: where the text or its pictures come from. */
const SOURCE = /^(?:消息[、,，]?)?(?:图片|圖片|消息|稿件|资料|資料|文字)?(?:来源|來源)[:：]/

/** A reader's signature under a letter: `江城市  刘先生`, `读者 王女士`. */
const SIGNATURE =
  /^(?:[\u4E00-\u9FFF]{2,12}[\s\u3000]+|读者[\s\u3000]*|讀者[\s\u3000]*)?[\u4E00-\u9FFF]{1,2}(?:先生|女士|同志|老师|老師|阿姨|大爷|大爺)$/

/** A credit line with a role, as an own-line byline prints it: `本报记者  王  明  李晓东`. */
export function matchRoleCredit(text: string): Reporter[] | null {
  const content = PARENTHESISED.exec(text)?.[1] ?? text
  if (codePointLength(content) > 80) return null
  return parseReporters(content, true)
}

/**
 * A line of names only: `徐  缨`, `张建国  刘  洋` — one to four people, each name starting with
 * a surname. Where it stands under a headline it is the byline of a commentary.
 */
export function matchNameLine(text: string): Reporter[] | null {
  if (codePointLength(text) > 30) return null
  const reporters = parseReporters(text, false)
  if (!reporters || reporters.length > 4) return null
  // A padded name (`陈  润`) is printed apart; an unpadded one must look like a name on its own.
  const padded = /[\s\u3000]/.test(text)
  return reporters.every((r) => looksLikeName(r.name, padded)) ? reporters : null
}

function looksLikeName(name: string, padded: boolean): boolean {
  if (/[·•・]/.test(name)) return true // transliterated names: 阿依古丽·买买提
  const chars = Array.from(name)
  if (chars.length < 2 || chars.length > 4) return false
  const surname = surnameAt(name, 0)
  if (surname === 0) return false
  if (chars.length === 4) return surname === 2 // 欧阳晓明; four characters otherwise read as a word
  // `高考`, `时代`: a surname that is also a common word start is trusted in a padded name only.
  return padded || chars.length === 3 || !isAmbiguousSurname(chars[0])
}

export interface TrailingCredit {
  /** The people it names (role as printed, or null), possibly none (`（作者为…）`). */
  reporters: Reporter[]
  /**
   * `byline`: it names who wrote or photographed the item (`（张三  李四）`, `■记者 …`,
   * `… 摄影报道`, a reader's signature); `note`: it adds to an article credited elsewhere
   * (`（作者为…）`, `（…参与采写）`, a source line).
   */
  role: 'byline' | 'note'
}

/** Whether `text` is a line that closes an article by crediting it; null when it is not. */
export function matchTrailingCredit(text: string): TrailingCredit | null {
  const inner = PARENTHESISED.exec(text)?.[1]
  if (inner !== undefined) {
    const names = parseReporters(inner, false)
    if (names) return { reporters: names, role: 'byline' }
    if (!CREDIT_WORDS.test(inner)) return null
    // `（…采访整理）` names who made the item; `（…参与采写）`, `（作者为…）` add to a byline.
    const role = /整理|口述|执笔|執筆/.test(inner) ? 'byline' : 'note'
    return { reporters: namesIn(inner), role }
  }
  if (codePointLength(text) > 80) return null
  if (LABELLED.test(text)) return { reporters: namesIn(text), role: 'byline' }
  const photo = PHOTO.exec(text)
  if (photo) {
    const names = parseReporters(photo[1], false)
    if (names) {
      const reporters = names.map((r) => ({ name: r.name, role: r.role ?? '摄影' }))
      return { reporters, role: 'byline' }
    }
  }
  if (SIGNATURE.test(text)) return { reporters: [], role: 'byline' }
  if (SOURCE.test(text)) return { reporters: [], role: 'note' }
  return null
}

/** The reporters a credit names, best effort: role words and names between separators. */
function namesIn(content: string): Reporter[] {
  const plain = content
    .replace(/^[■□●▲◆★][\s\u3000]*/, '')
    .replace(/[:：]/g, ' ')
    .replace(/(?:采访整理|參與採寫|参与采写|采写|整理|报道|報道|供图|供稿)$/, '')
  const asCredit = parseReporters(plain, false)
  if (asCredit) return asCredit
  const tokens = content
    .replace(/^[■□●▲◆★]/, '')
    .replace(/[:：/／]/g, ' ')
    .split(/[\s\u3000、，,;；]+/)
    .filter(Boolean)
  const reporters: Reporter[] = []
  let role: string | null = null
  for (const token of tokens) {
    const asCredit = parseReporters(token, true)
    if (asCredit) {
      reporters.push(...asCredit)
      role = asCredit[asCredit.length - 1].role
    } else if (/^(?:作者|摄影|攝影|摄像|文图|图文|文|图|编辑|責編|责编)$/.test(token)) {
      role = token
    } else if (looksLikeName(token, false)) {
      reporters.push({ name: token, role })
    }
  }
  return reporters
}
