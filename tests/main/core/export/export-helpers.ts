// Helpers shared by the export tests.

import type { GlossExport } from '../../../../src/main/core/export'

/** What a code-point span covers, the way JavaScript must slice code points. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('')
}

/** Every `[where, start, end, expected text]` of an export: parts, entities, anchored annotations. */
export function everySpan(exp: GlossExport): Array<[string, number, number, string, string]> {
  const spans: Array<[string, number, number, string, string]> = []
  for (const issue of exp.issues) {
    const add = (where: string, s: { start: number; end: number }, expected: string) =>
      spans.push([where, s.start, s.end, expected, issue.text])
    for (const a of issue.articles) {
      if (a.kicker) add(`article ${a.index} kicker`, a.kicker, a.kicker.text)
      add(`article ${a.index} title`, a.title, a.title.text)
      a.subtitles.forEach((s, i) => add(`article ${a.index} subtitle ${i}`, s, s.text))
      if (a.byline) add(`article ${a.index} byline`, a.byline, a.byline.text)
      a.paragraphs.forEach((p, i) => add(`article ${a.index} paragraph ${i}`, p, p.text))
    }
    issue.entities.forEach((e) => add(`entity ${e.text}`, e, e.text))
    issue.annotations
      .filter((a) => a.anchor === 'anchored')
      .forEach((a) => add(`annotation ${a.id}`, a, a.exact))
  }
  return spans
}
