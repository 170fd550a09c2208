// Property tests: parseIssue never throws, every span slices to its text, paragraphs stay in
// order without overlapping; page-break repair is idempotent and only removes whitespace.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseIssue, parseIssueUnguarded } from '../../../../src/main/core/parse/parse-issue'
import { repairBrokenParagraphs } from '../../../../src/main/core/parse/repair-breaks'
import { expectInvariants } from './invariants'

/** Pieces of the genre, so random strings exercise headlines, bylines, labels and breaks. */
const genre = fc.constantFrom(
  '中',
  '国',
  '经济',
  '发展',
  '，',
  ',',
  '。',
  '.',
  '；',
  ';',
  '：',
  ':',
  '？',
  '?',
  '！',
  '!',
  '“',
  '”',
  '（',
  '）',
  '(',
  ')',
  '——',
  '…',
  '、',
  '\n',
  '\n\n',
  '\n\n\n',
  '\u3000\u3000',
  ' ',
  '本报讯',
  '衡阳晚报讯 (全媒体记者 陈润)',
  '新华社北京4月25日电',
  '（记者 张三 通讯员 李四）',
  '【标题】',
  '【正文】',
  '【作者】',
  '标题：',
  '作者：',
  '正文：',
  '日期：2023-04-26',
  '2023年4月26日',
  '𠀀',
  '𡒄',
  '\uD800',
  '\uDC00',
  '1',
  '23',
  'A',
  '\t',
  '\r',
)

const texts = fc.oneof(
  fc.string({ unit: genre, maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
)

describe('parseIssue on arbitrary strings', () => {
  it('never throws and keeps every span equal to its slice, paragraphs in order', () => {
    fc.assert(
      fc.property(texts, (text) => {
        // The unguarded parser: the safety net in parseIssue must never be what saves us.
        const { issue } = parseIssueUnguarded(text, { fileName: 'x-2023-04-26.txt' })
        expectInvariants(text, issue)
        expect(parseIssue(text)).toEqual(parseIssueUnguarded(text).issue)
      }),
      { numRuns: 400 },
    )
  })

  it('repairs breaks idempotently, removing only layout whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: genre, maxLength: 80 }), (text) => {
        const repaired = repairBrokenParagraphs(text)
        expect(repairBrokenParagraphs(repaired)).toBe(repaired)
        const strip = (s: string) => s.replace(/[\s\u3000]/g, '')
        expect(strip(repaired)).toBe(strip(text))
        expectInvariants(repaired, parseIssue(repaired))
      }),
      { numRuns: 400 },
    )
  })
})
