import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../../src/main/core/text/sha256-hex'

// Issue ids and export ids are these hashes: they must stay what Node's crypto gave.
const nodeSha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex')

describe('sha256Hex', () => {
  it('gives the standard digest of the empty string and of Chinese text', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('本报讯 记者某某')).toBe(nodeSha256Hex('本报讯 记者某某'))
  })

  it("matches Node's crypto on any string, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256Hex(text))
      }),
    )
    expect(sha256Hex('a\uD800b\uDC00')).toBe(nodeSha256Hex('a\uD800b\uDC00'))
  })

  it("matches Node's crypto across the 64-byte block boundaries", () => {
    for (let n = 0; n < 200; n++)
      expect(sha256Hex('字'.repeat(n))).toBe(nodeSha256Hex('字'.repeat(n)))
  })
})
