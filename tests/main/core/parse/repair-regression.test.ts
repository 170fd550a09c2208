import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../../src/main/core/parse/parse-issue'
import { repairBrokenParagraphs } from '../../../../src/main/core/parse/repair-breaks'

describe('page-break repair', () => {
  // Found by the property test (fast-check seed -516277478): a stray closing quote on a line of
  // its own between two pieces of a paragraph was cut out with the blank lines around it.
  it('never removes anything but layout whitespace', () => {
    const text = '；中\n\n”\n\n\n作者：'
    const repaired = repairBrokenParagraphs(text)
    expect(repaired.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
    expect(repairBrokenParagraphs(repaired)).toBe(repaired)
    for (const article of parseIssue(repaired).articles) {
      for (const p of article.paragraphs) expect(repaired.slice(p.start, p.end)).toBe(p.text)
    }
  })
})
