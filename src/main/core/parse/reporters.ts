// Reporter credits as the genre prints them: `全媒体记者 陈润`, `记者 张三 通讯员 李四`,
// `记者张三、李四`, `本报记者 陈 润` (a two-character name padded to align). A role applies to
// the names after it until the next role.

import type { Reporter } from '../../../shared/model'

/** A role word: an optional outlet (`株洲日报记者`, as database exports print it), an optional
 * qualifier, then the job as printed (simplified or traditional). */
const ROLE =
  /^(?:[\u4E00-\u9FFF]{1,8}?(?:日报|晚报|晨报|早报|商报|都市报|时报|报社|电视台|融媒体中心|新华社|通讯社))?(?:本报|本報|本刊|全媒体|融媒体|見習|见习|特约|特約|首席|实习|實習|驻[\u4E00-\u9FFF]{1,4}|駐[\u4E00-\u9FFF]{1,4})?(?:摄影记者|攝影記者|记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|编辑|編輯|撰稿人?|整理|报道员|報導員)/

/** A name: one to four Han characters (astral ones included) or a name with a middle dot. */
const NAME =
  /^(?:[\u4E00-\u9FFF]|[\uD840-\uD8BF][\uDC00-\uDFFF]){1,4}(?:[·•・](?:[\u4E00-\u9FFF]){1,6})?$/

const SEPARATORS = /[\s\u3000、，,/／;；]+/

/**
 * Parses the inside of a credit (without its parentheses) into reporters; null when any token
 * is neither a role nor a name, so that asides like `（下转第二版）` are not taken for credits.
 * `requireRole`: a bare name list is a credit only where the layout says so (after a dateline).
 */
export function parseReporters(content: string, requireRole: boolean): Reporter[] | null {
  const tokens = content.split(SEPARATORS).filter((t) => t.length > 0)
  if (tokens.length === 0) return null
  const reporters: Reporter[] = []
  let role: string | null = null
  let sawRole = false
  let pending = '' // single characters of a padded name (`陈 润`)
  const flush = (): boolean => {
    if (pending.length === 0) return true
    const ok = Array.from(pending).length >= 2
    if (ok) reporters.push({ name: pending, role })
    pending = ''
    return ok
  }
  for (const token of tokens) {
    const roleMatch = ROLE.exec(token)
    if (roleMatch) {
      if (!flush()) return null
      role = roleMatch[0]
      sawRole = true
      const rest = token.slice(roleMatch[0].length) // `记者张三`: role and name printed together
      if (rest.length === 0) continue
      if (!NAME.test(rest)) return null
      // `记者王  朗`: the first character of a padded name printed against its role.
      if (Array.from(rest).length === 1) pending += rest
      else reporters.push({ name: rest, role })
      continue
    }
    if (!NAME.test(token)) return null
    if (Array.from(token).length === 1) pending += token
    else {
      if (!flush()) return null
      reporters.push({ name: token, role })
    }
  }
  if (!flush()) return null
  if (reporters.length === 0 || (requireRole && !sawRole)) return null
  return reporters
}
