// What makes two annotations the same for import: same issue, same place, same quote, same themes.

/**
 * Deduplication key of an annotation. `start`/`end` must be in the same unit on both sides of a
 * comparison; Gloss keys annotations in its own unit, UTF-16 indices. Theme order does not
 * matter; memo, author and timestamps do not take part.
 */
export function annotationKey(
  issueId: string,
  start: number,
  end: number,
  exact: string,
  themeIds: readonly string[],
): string {
  return JSON.stringify([issueId, start, end, exact, [...themeIds].sort()])
}
