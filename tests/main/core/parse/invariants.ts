// Checks every span of a parse against the text it points into: the model's invariants.

import { expect } from 'vitest'
import type { ParsedIssue, TextSpan } from '../../../../src/shared/model'

export function allSpans(issue: ParsedIssue): TextSpan[] {
  return issue.articles.flatMap((a) => [
    ...(a.kicker ? [a.kicker] : []),
    a.title,
    ...a.subtitles,
    ...(a.byline ? [a.byline] : []),
    ...a.paragraphs,
    ...a.credits,
  ])
}

/** Every span slices to its text; paragraphs (and credits) are in order and never overlap. */
export function expectInvariants(text: string, issue: ParsedIssue): void {
  for (const s of allSpans(issue)) {
    expect(s.start).toBeGreaterThanOrEqual(0)
    expect(s.end).toBeGreaterThanOrEqual(s.start)
    expect(s.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(s.start, s.end)).toBe(s.text)
  }
  let end = 0
  for (const p of issue.articles.flatMap((a) => a.paragraphs)) {
    expect(p.start).toBeGreaterThanOrEqual(end)
    end = p.end
  }
  for (const a of issue.articles) {
    const body = [...a.paragraphs, ...a.credits].sort((x, y) => x.start - y.start)
    for (let k = 1; k < body.length; k++)
      expect(body[k].start).toBeGreaterThanOrEqual(body[k - 1].end)
  }
}
