import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orgSuffixes } from '../../../../src/main/core/entities/lexicon/org-suffixes'
import { suffixEndingAt } from '../../../../src/main/core/entities/rules/org-rule'

describe('the organisation rule’s suffix lookup', () => {
  it('finds the same suffix as trying every suffix, longest first', () => {
    const longestFirst = [...orgSuffixes].sort((a, b) => b.length - a.length)
    const alphabet = [...new Set(orgSuffixes.join('') + '甲乙和')]
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }),
        fc.nat(16),
        fc.nat(16),
        (chars, a, b) => {
          const text = chars.join('')
          const from = Math.min(a, b, text.length)
          const k = Math.min(Math.max(a, b), text.length)
          const plain = longestFirst.find((s) => k - s.length >= from && text.endsWith(s, k))
          expect(suffixEndingAt(text, from, k)).toBe(plain)
        },
      ),
      { numRuns: 500 },
    )
  })
})
