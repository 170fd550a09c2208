import type { ReactNode } from 'react'
import type { EntityMention, TextSpan } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { markStyle, type Mark } from '../annotations/mark-layout'
import { describeMention } from '../entities/entity-labels'
import { markSegments, type Segment } from './mark-segments'
import { splitRuns } from './split-runs'

interface TextRunsProps {
  part: TextSpan
  /** Mentions overlapping the part (or more: the rest are ignored), sorted. */
  mentions: readonly EntityMention[]
  /** Start of the mention being stepped through, to ring it. */
  activeStart: number | null
  /** Annotation marks overlapping the part (or more). */
  marks?: readonly Mark[]
  /** The annotation open in the editor. */
  activeMark?: string | null
}

/** A segment as nested mark spans, one per covering annotation (each carries `data-start`). */
function segment(seg: Segment, activeMark: string | null, bare: boolean): ReactNode {
  if (seg.marks.length === 0)
    return bare ? (
      seg.text
    ) : (
      <span key={seg.start} data-start={seg.start}>
        {seg.text}
      </span>
    )
  let node: ReactNode = seg.text
  for (const mark of [...seg.marks].reverse()) {
    node = (
      <span
        key={seg.start}
        className={`annotation-mark${mark.id === activeMark ? ' annotation-mark--active' : ''}`}
        data-testid="annotation-mark"
        data-annotation-id={mark.id}
        data-start={seg.start}
        style={markStyle(mark)}
      >
        {node}
      </span>
    )
  }
  return node
}

/**
 * A part's text as runs: a plain `<span data-start>`, a highlight `<span class="entity">`, and
 * inside either, annotation marks split at every entity and annotation boundary. Every element
 * holding text carries the canonical offset of its first character (see selection-offsets.ts);
 * the texts are exactly the part's text (no added characters), so copying and selecting behave
 * as on plain text.
 */
export function TextRuns({
  part,
  mentions,
  activeStart,
  marks = [],
  activeMark = null,
}: TextRunsProps) {
  const { t } = useI18n()
  return splitRuns(part, mentions).flatMap((run) => {
    const segments = markSegments(run, marks)
    const { start, end, mention } = run
    if (!mention) return segments.map((seg) => segment(seg, activeMark, false))
    const bare = segments.length === 1
    return (
      <span
        key={start}
        className={`entity${mention.start === activeStart ? ' entity--current' : ''}`}
        data-testid="entity"
        data-entity-type={mention.type}
        data-entity-source={mention.source}
        data-start={start}
        data-end={end}
        title={describeMention(t, mention)}
      >
        {segments.map((seg) => segment(seg, activeMark, bare))}
      </span>
    )
  })
}
