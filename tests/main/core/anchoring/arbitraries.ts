// Text generators for the anchoring properties: CJK, astral characters (𠀀…), punctuation and
// ASCII. `wide` draws from ~20,000 ideographs, so a passage's context is practically unique;
// `narrow` draws from a handful of characters, so quotes repeat and contexts collide.
import fc from 'fast-check'

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c))
const astral = fc.integer({ min: 0x20000, max: 0x2a6df }).map((c) => String.fromCodePoint(c))
const common = fc.constantFrom('，', '。', '、', '“', '”', ' ', '\n', 'a', '1', '发', '展', '𠀀')

export const wideChar = fc.oneof(
  { weight: 8, arbitrary: cjk },
  { weight: 1, arbitrary: astral },
  { weight: 1, arbitrary: common },
)
export const narrowChar = fc.constantFrom('发', '展', '，', '𠀀', 'a')

/** Text as an array of code points, so offsets can be drawn without splitting 𠀀. */
export function chars(char: fc.Arbitrary<string>, minLength: number, maxLength: number) {
  return fc.array(char, { minLength, maxLength })
}

export const join = (parts: string[]) => parts.join('')

/** UTF-16 offset of code point `index` in `parts`. */
export function offsetOf(parts: string[], index: number): number {
  return join(parts.slice(0, index)).length
}

/** An edit given in code points: remove `remove` characters at `at` (clamped), insert `insert`. */
export interface Edit {
  at: number
  remove: number
  insert: string[]
}

export const editArb = fc.record({
  at: fc.nat(200),
  remove: fc.nat(6),
  insert: chars(wideChar, 0, 8),
})

/** `parts` with `edit` applied, its position clamped into `[from, to]` (code points). */
export function applyEdit(parts: string[], edit: Edit, from = 0, to = parts.length): string[] {
  const at = from + (to > from ? edit.at % (to - from + 1) : 0)
  const remove = Math.min(edit.remove, to - at)
  return [...parts.slice(0, at), ...edit.insert, ...parts.slice(at + remove)]
}
