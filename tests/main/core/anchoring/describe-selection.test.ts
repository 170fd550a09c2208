import { describe, expect, it } from 'vitest'
import { describeSelection } from '../../../../src/main/core/anchoring/describe-selection'
import { GlossError } from '../../../../src/shared/errors'

const codePoints = (s: string) => [...s].length

describe('describeSelection', () => {
  it('keeps the quote and up to 32 code points of context either side', () => {
    const text = '甲'.repeat(40) + '双过半' + '乙'.repeat(40)
    const selector = describeSelection(text, 40, 43)
    expect(selector).toEqual({
      start: 40,
      end: 43,
      exact: '双过半',
      prefix: '甲'.repeat(32),
      suffix: '乙'.repeat(32),
    })
  })

  it('keeps less context at the edges of the text', () => {
    expect(describeSelection('招商引资成效明显', 0, 4)).toMatchObject({
      prefix: '',
      suffix: '成效明显',
    })
    expect(describeSelection('招商引资成效明显', 4, 8)).toMatchObject({
      prefix: '招商引资',
      suffix: '',
    })
  })

  it('counts astral characters as one and never splits them', () => {
    const text = '𠀀'.repeat(40) + '刘' + '𡒄'.repeat(40)
    const selector = describeSelection(text, 80, 81)
    expect(codePoints(selector.prefix)).toBe(32)
    expect(selector.prefix.length).toBe(64)
    expect(codePoints(selector.suffix)).toBe(32)
    expect(selector.suffix).toBe('𡒄'.repeat(32))
  })

  it.each([
    ['empty', 3, 3, 'at least one character'],
    ['reversed', 4, 2, 'at least one character'],
    ['negative', -1, 2, 'outside the text'],
    ['past the end', 2, 99, 'outside the text'],
    ['fractional', 1.5, 3, 'outside the text'],
    ['half of 𠀀 at the start', 3, 5, 'in half'],
    ['half of 𠀀 at the end', 0, 3, 'in half'],
  ])('refuses a selection that is %s', (_, start, end, message) => {
    const text = '市长𠀀讲话'
    expect(() => describeSelection(text, start, end)).toThrow(GlossError)
    expect(() => describeSelection(text, start, end)).toThrow(message)
  })
})
