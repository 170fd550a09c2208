import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CodePointIndex, codePointLength } from '../../src/shared/offsets'

describe('CodePointIndex', () => {
  it('is the identity on text without astral characters', () => {
    const index = new CodePointIndex('衡阳晚报讯 (全媒体记者 陈润)')
    expect(index.toCodePoint(5)).toBe(5)
    expect(index.toUtf16(5)).toBe(5)
  })

  it('counts an astral character as one code point', () => {
    const text = '𠀀刘𡒄高说'
    const index = new CodePointIndex(text)
    expect(index.toCodePoint(text.indexOf('刘'))).toBe(1)
    expect(index.toCodePoint(text.indexOf('高'))).toBe(3)
    expect(index.toUtf16(3)).toBe(text.indexOf('高'))
    expect(index.codePointLength).toBe(5)
    expect(Array.from(text).slice(1, 4).join('')).toBe(
      text.slice(index.toUtf16(1), index.toUtf16(4)),
    )
  })

  it('round-trips every character boundary and agrees with Array.from', () => {
    const char = fc.constantFrom('a', '中', '𠀀', '𡒄', '，', '\n', '😀', '　')
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('')
        const index = new CodePointIndex(text)
        expect(index.codePointLength).toBe(codePointLength(text))
        expect(index.codePointLength).toBe(Array.from(text).length)
        let utf16 = 0
        chars.forEach((c, cp) => {
          expect(index.toCodePoint(utf16)).toBe(cp)
          expect(index.toUtf16(cp)).toBe(utf16)
          utf16 += c.length
        })
        expect(index.toCodePoint(text.length)).toBe(chars.length)
        expect(index.toUtf16(chars.length)).toBe(text.length)
      }),
    )
  })

  it('converts whole spans both ways, keeping their text', () => {
    const text = '𠀀刘𡒄高说'
    const index = new CodePointIndex(text)
    const span = { start: text.indexOf('刘'), end: text.indexOf('说'), text: '刘𡒄高' }
    const cp = index.spanToCodePoints(span)
    expect(cp).toEqual({ start: 1, end: 4, text: '刘𡒄高' })
    expect(Array.from(text).slice(cp.start, cp.end).join('')).toBe(cp.text)
    expect(index.spanToUtf16(cp)).toEqual(span)
  })
})
