import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDefaultCodebook } from '../../../src/main/store/default-codebook'
import { filterThemes, shortcutThemes } from '../../../src/shared/domain/theme-queries'
import { GlossError } from '../../../src/shared/errors'

const resources = join(__dirname, '../../../resources')

/** WCAG relative luminance of `#rrggbb`. */
function luminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(colour.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)

function hue(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255)
  const max = Math.max(r, g, b)
  const d = max - Math.min(r, g, b)
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return (h * 60 + 360) % 360
}
/** CIE L*a*b* (D65) of `#rrggbb`, for the perceptual distance ΔE76 between two colours. */
function lab(colour: string): number[] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(colour.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  const f = (v: number) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116)
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505)
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b)
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089)
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)]
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]))

const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b))

describe('the default codebook', async () => {
  const codebook = await loadDefaultCodebook(resources)
  const raw = JSON.parse(await readFile(join(resources, 'codebook.default.json'), 'utf8'))

  it('is stored valid and already in display order', () => {
    expect(raw).toMatchObject({ format: 'gloss-codebook', version: 1 })
    expect(codebook.themes).toEqual(raw.themes)
  })

  it('has unique kebab-case ids, about fifteen top-level themes with two to four children each', () => {
    const ids = codebook.themes.map((theme) => theme.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const top = codebook.themes.filter((theme) => theme.parentId === null)
    expect(top.length).toBeGreaterThanOrEqual(14)
    expect(top.length).toBeLessThanOrEqual(18)
    for (const parent of top) {
      const children = codebook.themes.filter((theme) => theme.parentId === parent.id)
      expect(children.length).toBeGreaterThanOrEqual(2)
      expect(children.length).toBeLessThanOrEqual(4)
      for (const child of children) {
        expect(codebook.themes.some((theme) => theme.parentId === child.id)).toBe(false)
      }
    }
    expect(shortcutThemes(codebook)).toHaveLength(9)
  })

  it('names and describes every theme in both languages', () => {
    for (const theme of codebook.themes) {
      expect(theme.name.zh).toMatch(/\p{Script=Han}/u)
      expect(theme.name.en).toMatch(/^[\x20-\x7E“”’–—·]+$/)
      expect(theme.description.zh).toMatch(/\p{Script=Han}/u)
      expect(theme.description.en.length).toBeGreaterThan(20)
    }
  })

  it('gives colours readable on white and dark backgrounds, distinct, siblings sharing a hue', () => {
    const colours = codebook.themes.map((theme) => theme.colour)
    for (const [i, a] of colours.entries()) {
      // ΔE76 ≥ 5: any two themes can be told apart side by side.
      for (const b of colours.slice(i + 1)) expect(deltaE(a, b)).toBeGreaterThanOrEqual(5)
    }
    for (const colour of colours) {
      // 3:1 against white and a dark theme background (WCAG non-text contrast).
      expect(contrast(luminance(colour), 1)).toBeGreaterThanOrEqual(3)
      expect(contrast(luminance(colour), luminance('#121212'))).toBeGreaterThanOrEqual(3)
    }
    const top = codebook.themes.filter((theme) => theme.parentId === null)
    for (const [i, a] of top.entries()) {
      for (const b of top.slice(i + 1))
        expect(hueGap(hue(a.colour), hue(b.colour))).toBeGreaterThanOrEqual(10)
    }
    for (const theme of codebook.themes.filter((candidate) => candidate.parentId !== null)) {
      const parent = codebook.themes.find((candidate) => candidate.id === theme.parentId)!
      expect(hueGap(hue(theme.colour), hue(parent.colour))).toBeLessThanOrEqual(12)
    }
  })

  it.each([
    '双过半',
    'GDP',
    '经济运行分析',
    '招商引资',
    '重大项目',
    '项目观摩',
    '产业链',
    '转型升级',
    '专精特新',
    '消费回暖',
    '夜经济',
    '文旅',
    '县域经济',
    '乡村振兴',
    '营商环境',
    '要素保障',
    '土地',
    '资金',
    '劳模',
    '工匠精神',
    '五一劳动奖',
    '工会',
    '党建',
    '作风建设',
    '调查研究',
    '统计造假',
    '统计监督',
    '市场监管',
    '消费维权',
    '12345热线',
    '热线问政',
    '学习贯彻',
    '习近平新时代中国特色社会主义思想',
  ])('covers %s', (term) => {
    expect(filterThemes(codebook, term).length).toBeGreaterThan(0)
  })

  it('reports a missing file clearly', async () => {
    await expect(loadDefaultCodebook(join(resources, 'nowhere'))).rejects.toThrow(GlossError)
  })
})
