// Shapes the policy register builds its formulas from. Each returns true when a quotation's
// content has that shape; none looks at the surrounding text.

const NUMERAL = '一二三四五六七八九十两双百千万'

// 三个代表, 四个全面, 两个确保: a count of things to hold to.
const countedPoints = /^[一二三四五六七八九十两]个[\u4e00-\u9fff]{2,6}$/
// 九五, 十三五, 十四五: a five-year plan by its number.
const fiveYearPlan = /^[一二三四五六七八九十]{1,2}五$/
// 三通, 三农, 四乱, 双拥, 三下乡, 三哨一网: a numeral abbreviating a list. Not a measure or
// an honour (三年, 四国, 十佳, 百强), not an idiom's 两难 and not all numerals (三八, 五一 are holidays).
const numeralAbbreviation = new RegExp(
  `^[${NUMERAL.slice(1)}](?![年月日天次位名家条件元种场点倍成岁分米斤吨号层国难佳强好星优${NUMERAL}])[\\u4e00-\\u9fff]{1,5}$`,
)
// 一村一品, 一园一策, 一老一小: one thing for each one thing (idioms of the same shape are
// vetoed separately, by the segmenter's idiom tag).
const oneForEach = /^一[\u4e00-\u9fff]{1,2}一[\u4e00-\u9fff]{1,3}$/
// 看病难, 办事难: a problem named as the difficulty of doing something.
const difficultyOf = /^[\u4e00-\u9fff]{2,3}[难贵]$/
// Names of programmes, campaigns and doctrines end in a word that says so.
const programmeEnding =
  /[\u4e00-\u9fff]{2,}(?:工程|行动|计划|战略|理念|精神|经验|体制|机制|方针|工作法|模式|攻坚战|保卫战|运动|革命|责任制|长制)$|[\u4e00-\u9fff]{2,}化$/
const PARALLEL_SEPARATOR = /[、—－]+/

export function isCountedFormula(content: string): boolean {
  return (
    countedPoints.test(content) ||
    fiveYearPlan.test(content) ||
    numeralAbbreviation.test(content) ||
    oneForEach.test(content)
  )
}

export const isDifficultyFormula = (content: string): boolean => difficultyOf.test(content)

export const hasProgrammeEnding = (content: string): boolean => programmeEnding.test(content)

/**
 * 互联网+, 信用+担保, 1+N: parts joined by plus signs, each a short word or a count
 * (a number, or N/X for "and more").
 */
export function isPlusFormula(content: string): boolean {
  if (!/[+＋]/.test(content)) return false
  const parts = content.split(/[+＋]/)
  if (parts[parts.length - 1] === '') parts.pop()
  return (
    parts.length >= 1 &&
    parts.every((p) => /^(?:[\u4e00-\u9fff]{1,8}|[0-9０-９]{1,2}|[NnXxＮＸ])$/.test(p))
  )
}

/**
 * 制造立市、文旅兴城; 公正、公平、公开: two or more parallel phrases. Slogans are built in
 * matched halves: equal lengths of three characters or more, or a character repeated at the
 * same place in every phrase (公正、公平、公开; 多表合一、多报合一). A plain list of nouns
 * (苹果、香蕉) has neither. Three or more single characters (产、学、研) abbreviate one.
 */
export function isParallelFormula(content: string): boolean {
  const parts = content.split(PARALLEL_SEPARATOR)
  if (parts.length >= 3 && parts.every((p) => /^[\u4e00-\u9fff]$/.test(p))) return true
  if (parts.length < 2 || !parts.every((p) => /^[\u4e00-\u9fff]{2,10}$/.test(p))) return false
  const len = parts[0].length
  if (len >= 3 && parts.every((p) => p.length === len)) return true
  const shortest = Math.min(...parts.map((p) => p.length))
  for (let k = 0; k < shortest; k++) {
    if (parts.every((p) => p[k] === parts[0][k])) return true
    if (parts.every((p) => p[p.length - 1 - k] === parts[0][parts[0].length - 1 - k])) return true
  }
  return false
}

/** Any of the shapes above. */
export function hasFormulaShape(content: string): boolean {
  return (
    isCountedFormula(content) ||
    isDifficultyFormula(content) ||
    hasProgrammeEnding(content) ||
    isPlusFormula(content) ||
    isParallelFormula(content)
  )
}
