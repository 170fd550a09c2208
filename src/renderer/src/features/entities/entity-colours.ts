// The entity highlight colours, one table for both themes. Highlights are an opaque tint behind
// the text plus an underline, so they never change the text's colour; the tints are chosen so
// every reader text colour keeps ≥ 4.5:1 on them (tested in entity-colours.test.ts).
import type { CSSProperties } from 'react'
import { entityTypes, type EntityType } from '../../../../shared/model'
import type { ResolvedTheme } from '../settings/theme'

export interface EntityColour {
  /** Background behind the mention. */
  tint: string
  /** Underline and legend swatch border; ≥ 3:1 against the tint. */
  line: string
}

export const entityColours: Record<ResolvedTheme, Record<EntityType, EntityColour>> = {
  light: {
    person: { tint: '#fce9e5', line: '#c0483b' },
    place: { tint: '#e6f2df', line: '#3d8a3a' },
    org: { tint: '#e5edf9', line: '#2f6fb2' },
    time: { tint: '#faefd8', line: '#b0741a' },
    title: { tint: '#f1eaf8', line: '#7d52ad' },
    term: { tint: '#ddf1ee', line: '#16837b' },
  },
  dark: {
    person: { tint: '#3d2628', line: '#e88b80' },
    place: { tint: '#202e22', line: '#85c77c' },
    org: { tint: '#1f2f45', line: '#7fb0e8' },
    time: { tint: '#342b1c', line: '#d9ad5c' },
    title: { tint: '#33283f', line: '#b99ae0' },
    term: { tint: '#1a2f2d', line: '#67c6bb' },
  },
}

/** The text colours the reader uses: a copy of `--text`, `--text-strong` and `--muted` in
 * tokens.css (vitest does not load CSS, so change both together). */
export const readerTextColours: Record<ResolvedTheme, Record<string, string>> = {
  light: { '--text': '#2a2724', '--text-strong': '#161412', '--muted': '#6d665d' },
  dark: { '--text': '#d9d5cc', '--text-strong': '#eeebe4', '--muted': '#9c978d' },
}

/** CSS custom properties `--entity-<type>-tint` / `-line` for the theme, set on the app root
 * (as a style object rather than a <style> sheet, so no inline stylesheet is needed). */
export function entityColourVars(theme: ResolvedTheme): CSSProperties {
  const vars: Record<string, string> = {}
  for (const type of entityTypes) {
    vars[`--entity-${type}-tint`] = entityColours[theme][type].tint
    vars[`--entity-${type}-line`] = entityColours[theme][type].line
  }
  return vars as CSSProperties
}
