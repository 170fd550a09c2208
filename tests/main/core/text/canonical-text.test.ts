import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalizeText } from '../../../../src/main/core/text/canonical-text'

describe('canonicalizeText', () => {
  it('strips a leading BOM and zero-width characters inside the text', () => {
    expect(canonicalizeText('\uFEFF标题\u200B正\u200C文\u200D。\u2060\uFEFF')).toBe('标题正文。')
  })

  it('turns CRLF and lone CR into LF', () => {
    expect(canonicalizeText('一\r\n二\r三\n四')).toBe('一\n二\n三\n四')
  })

  it('treats a zero-width character between CR and LF as part of one line break', () => {
    expect(canonicalizeText('一\r\u200B\n二')).toBe('一\n二')
  })

  it('keeps U+3000 indents, half-width punctuation and full-width forms exactly', () => {
    const text = '\u3000\u3000要闻,市委;记者:张三?好!（完）ＡＢＣ１２３ \n'
    expect(canonicalizeText(text)).toBe(text)
  })

  it('keeps astral characters', () => {
    expect(canonicalizeText('𠀀𡒄\r\n')).toBe('𠀀𡒄\n')
  })

  it('is idempotent on any string', () => {
    const noisy = fc.constantFrom(
      '\r',
      '\n',
      '\r\n',
      '\uFEFF',
      '\u200B',
      '\u2060',
      '中',
      '，',
      ' ',
      '\u3000',
      '𠀀',
    )
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: noisy }), fc.string({ unit: 'binary' })), (s) => {
        const once = canonicalizeText(s)
        expect(canonicalizeText(once)).toBe(once)
        expect(once).not.toMatch(/\r|[\u200B-\u200D\u2060\uFEFF]/)
      }),
    )
  })
})
