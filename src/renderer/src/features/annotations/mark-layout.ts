// Where each annotation's coloured lines sit under the text. Every (annotation, theme) pair
// gets one line; an annotation's lines take consecutive "lanes" below the baseline, and
// overlapping annotations take different lanes (greedy interval colouring), so several themes
// on one passage stack instead of hiding each other.
import type { Annotation, Theme } from '../../../../shared/model'

export interface Mark {
  id: string
  start: number
  end: number
  /** One colour per theme, in the annotation's theme order. */
  colours: string[]
  /** The first lane (0 = closest to the text). */
  lane: number
}

/** Colour for an annotation not yet given a theme (or whose theme was just removed). */
export const NO_THEME_COLOUR = '#8a8378'

export function layoutMarks(annotations: readonly Annotation[], themes: readonly Theme[]): Mark[] {
  const colourOf = new Map(themes.map((t) => [t.id, t.colour]))
  const sorted = [...annotations].sort(
    (a, b) => a.selector.start - b.selector.start || b.selector.end - a.selector.end,
  )
  const active: Mark[] = []
  const marks: Mark[] = []
  for (const a of sorted) {
    const { start, end } = a.selector
    for (let i = active.length - 1; i >= 0; i--) if (active[i].end <= start) active.splice(i, 1)
    const colours = a.themeIds.map((id) => colourOf.get(id) ?? NO_THEME_COLOUR)
    if (colours.length === 0) colours.push(NO_THEME_COLOUR)
    const taken = (lane: number) =>
      active.some((m) => lane < m.lane + m.colours.length && m.lane < lane + colours.length)
    let lane = 0
    while (taken(lane)) lane++
    const mark = { id: a.id, start, end, colours, lane }
    active.push(mark)
    marks.push(mark)
  }
  return marks
}

/** The marks overlapping `[start, end)`. */
export function marksIn(marks: readonly Mark[], start: number, end: number): Mark[] {
  return marks.filter((m) => m.start < end && start < m.end)
}

/** Gap between the text and the first line, then one line per lane. */
const LANE_PX = 3

/** Inline style drawing a mark's lines as stacked background strips below the text. The
 * padding only extends the background downward: inline padding does not move the text. */
export function markStyle(mark: Mark) {
  const n = mark.colours.length
  return {
    backgroundImage: mark.colours.map((c) => `linear-gradient(${c}, ${c})`).join(', '),
    backgroundPosition: mark.colours
      .map((_, i) => `0 calc(100% - ${(n - 1 - i) * LANE_PX}px)`)
      .join(', '),
    paddingBottom: `calc(0.2em + ${(mark.lane + n) * LANE_PX}px)`,
  }
}
