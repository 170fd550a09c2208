import type { Mark } from '../annotations/mark-layout'
import type { Run } from './split-runs'

/** A piece of a run with the annotation marks covering all of it (outermost lane first). */
export interface Segment {
  start: number
  end: number
  text: string
  marks: Mark[]
}

/**
 * Cuts an entity or plain run at every annotation boundary inside it, so entity highlights
 * and annotation marks compose: a mark never crosses an entity's edge (the entity stays the
 * outer element), and the segments' texts concatenate to the run's text.
 */
export function markSegments(run: Run, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.start < run.end && run.start < m.end)
  if (inside.length === 0) return [{ ...run, marks: [] }]
  const cuts = new Set([run.start, run.end])
  for (const m of inside) {
    if (m.start > run.start) cuts.add(m.start)
    if (m.end < run.end) cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]]
    const covering = inside
      .filter((m) => m.start <= start && end <= m.end)
      .sort((a, b) => a.lane - b.lane)
    segments.push({
      start,
      end,
      text: run.text.slice(start - run.start, end - run.start),
      marks: covering,
    })
  }
  return segments
}
