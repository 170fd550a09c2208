import type { EntityMention, TextSpan } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { describeMention } from '../entities/entity-labels'
import { splitRuns } from './split-runs'

interface TextRunsProps {
  part: TextSpan
  /** Mentions overlapping the part (or more: the rest are ignored), sorted. */
  mentions: readonly EntityMention[]
  /** Start of the mention being stepped through, to ring it. */
  activeStart: number | null
}

/**
 * A part's text as runs: a plain `<span data-start>` or a highlight `<span class="entity">`.
 * The runs carry the canonical offsets selection-offsets.ts reads; their text is exactly the
 * part's text (no added characters), so copying and selecting behave as on plain text.
 */
export function TextRuns({ part, mentions, activeStart }: TextRunsProps) {
  const { t } = useI18n()
  return splitRuns(part, mentions).map(({ start, end, text, mention }) =>
    mention ? (
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
        {text}
      </span>
    ) : (
      <span key={start} data-start={start}>
        {text}
      </span>
    ),
  )
}
