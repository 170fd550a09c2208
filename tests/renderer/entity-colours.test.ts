import { describe, expect, it } from 'vitest'
import { entityTypes } from '../../src/shared/model'
import { contrastRatio, relativeLuminance } from '../../src/renderer/src/features/entities/contrast'
import {
  entityColourVars,
  entityColours,
  readerTextColours,
} from '../../src/renderer/src/features/entities/entity-colours'

const themes = ['light', 'dark'] as const

describe('entity colours', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1)
    expect(relativeLuminance('#000000')).toBe(0)
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  it.each(themes)('keeps every reader text colour at ≥ 4.5:1 on each tint (%s)', (theme) => {
    for (const type of entityTypes)
      for (const [name, text] of Object.entries(readerTextColours[theme])) {
        const ratio = contrastRatio(entityColours[theme][type].tint, text)
        expect(ratio, `${theme} ${type} ${name}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5)
      }
  })

  it.each(themes)('draws underlines at ≥ 3:1 against the tint (%s)', (theme) => {
    for (const type of entityTypes) {
      const { tint, line } = entityColours[theme][type]
      expect(contrastRatio(tint, line), `${theme} ${type}`).toBeGreaterThanOrEqual(3)
    }
  })

  it.each(themes)('gives the six types six distinct colours (%s)', (theme) => {
    const tints = new Set(entityTypes.map((t) => entityColours[theme][t].tint))
    const lines = new Set(entityTypes.map((t) => entityColours[theme][t].line))
    expect(tints.size).toBe(6)
    expect(lines.size).toBe(6)
  })

  it('exposes the table as CSS custom properties', () => {
    expect(entityColourVars('dark')).toMatchObject({
      '--entity-person-tint': entityColours.dark.person.tint,
      '--entity-term-line': entityColours.dark.term.line,
    })
  })
})
