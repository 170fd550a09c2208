// The paper's name and the date, from what the file says about itself: labelled fields,
// mastheads, bylines, and as a last resort its name (`hengyang-evening-news-2023-04-26.txt`,
// `衡阳晚报20230426.txt`, `2023年4月26日.txt`). Dates come back as ISO `YYYY-MM-DD`.

import { PAPER_ABBREVIATIONS } from '../genre/paper-abbreviations'

/** A date with a year, in the ways Chinese exports print it. */
const DATE_PATTERNS: RegExp[] = [
  /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
  /(?<!\d)((?:19|20)\d{2})[-./_](\d{1,2})[-./_](\d{1,2})(?!\d)/,
  /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/,
]

/** The first valid calendar date with a year in `text`, as ISO, or null. */
export function findIsoDate(text: string): string | null {
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text)
    if (!m) continue
    const iso = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]))
    if (iso) return iso
  }
  return null
}

function toIsoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A paper's name: Han characters ending in 报 (衡阳晚报, 人民日报). */
const PAPER_NAME = /[\u4E00-\u9FFF]{1,10}[报報]/

/** Page headers and mastheads: a dated line with a weekday or page, or the paper's name alone. */
export function isMastheadLine(text: string): boolean {
  if (/^[\u4E00-\u9FFF]{1,10}[报報](?:[\s\u3000]*(?:第?[A-Z]?\d{1,3}版.*)?)?$/.test(text))
    return true
  if (!findIsoDate(text)) return false
  if (/星期[一二三四五六日天]|周[一二三四五六日]|农历|第?[A-Z]?\d{1,3}版/.test(text)) return true
  // The date (and perhaps the paper's name) alone on its line.
  const rest = text.replace(
    /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\d\s\u3000./-]+/g,
    '',
  )
  return rest.length === 0 || /^[\u4E00-\u9FFF]{1,10}[报報]$/.test(rest)
}

/** The paper named in a source field (`衡阳晚报 2023-04-26 A02版`), or null. */
export function paperFromSource(value: string): string | null {
  const m = PAPER_NAME.exec(value)
  if (m) return m[0]
  const lead = /^[\u4E00-\u9FFF]{2,12}/.exec(value.trim())
  return lead ? lead[0] : null
}

/** A dateline's outlet is the paper when it names one (`衡阳晚报`); `本报`, agencies, sites not. */
export function paperFromOutlet(outlet: string): string | null {
  return outlet !== '本报' && outlet !== '本報' && /[报報]$/.test(outlet) ? outlet : null
}

/** The date in a file name, ignoring its folder and extension. */
export function dateFromFileName(fileName: string): string | null {
  return findIsoDate(baseName(fileName))
}

/**
 * A paper's name in a file name: written out (`衡阳晚报_20230426.txt`) or as a national paper's
 * settled pinyin initials, set apart by separators (`issue04_rmrb_20250110.txt`). Other
 * romanised names are not guessed.
 */
export function paperFromFileName(fileName: string): string | null {
  const name = baseName(fileName)
  const m = PAPER_NAME.exec(name)
  if (m) return m[0]
  for (const token of name.toLowerCase().split(/[^a-z]+/)) {
    if (Object.hasOwn(PAPER_ABBREVIATIONS, token)) return PAPER_ABBREVIATIONS[token]
  }
  return null
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? ''
  return name.replace(/\.[A-Za-z0-9]{1,5}$/, '')
}
