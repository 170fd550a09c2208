import type { EntityMention, EntityType } from '../../../../src/shared/model'

/** The surfaces of one type, in order: a compact thing to compare in table-driven tests. */
export const surfaces = (mentions: readonly EntityMention[], type: EntityType): string[] =>
  mentions.filter((m) => m.type === type).map((m) => m.text)

/** Output invariants every call must keep: sorted, non-overlapping, slices match. */
export function invariantViolation(
  text: string,
  mentions: readonly EntityMention[],
): string | null {
  let last = 0
  for (const m of mentions) {
    if (m.start < last) return `overlap or unsorted at ${m.start}`
    if (m.end <= m.start) return `empty span at ${m.start}`
    if (text.slice(m.start, m.end) !== m.text) return `slice mismatch at ${m.start}`
    last = m.end
  }
  return null
}
