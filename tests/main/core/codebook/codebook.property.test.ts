import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addTheme } from '../../../../src/main/core/codebook/add-theme'
import { validateCodebook } from '../../../../src/main/core/codebook/codebook-schema'
import { deleteTheme } from '../../../../src/main/core/codebook/delete-theme'
import { mergeThemes } from '../../../../src/main/core/codebook/merge-themes'
import { moveTheme } from '../../../../src/main/core/codebook/move-theme'
import { themePath } from '../../../../src/shared/domain/theme-queries'
import { updateTheme } from '../../../../src/main/core/codebook/update-theme'
import { GlossError } from '../../../../src/shared/errors'
import type { Codebook } from '../../../../src/shared/model'
import { t } from './fixtures'

/** Operations name themes by position (modulo the current size), so every draw is usable. */
const pick = fc.nat(50)
const operation = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), parent: fc.option(pick), index: fc.nat(6) }),
  fc.record({ kind: fc.constant('update' as const), theme: pick, en: fc.string({ maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('move' as const),
    theme: pick,
    parent: fc.option(pick),
    index: fc.nat(6),
  }),
  fc.record({ kind: fc.constant('merge' as const), theme: pick, into: pick }),
  fc.record({ kind: fc.constant('delete' as const), theme: pick, moveTo: fc.option(pick) }),
)
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never

function apply(codebook: Codebook, op: Operation, serial: number): Codebook {
  const ids = codebook.themes.map((theme) => theme.id)
  const at = (n: number | null) => (n === null || ids.length === 0 ? null : ids[n % ids.length])
  if (op.kind === 'add')
    return addTheme(codebook, { ...t(`n${serial}`, at(op.parent)), index: op.index })
  if (ids.length === 0) return codebook
  const id = at(op.theme)!
  switch (op.kind) {
    case 'update':
      return updateTheme(codebook, id, { name: { en: op.en, zh: '主题' } })
    case 'move':
      return moveTheme(codebook, id, { parentId: at(op.parent), index: op.index })
    case 'merge':
      return mergeThemes(codebook, id, at(op.into)!).codebook
    case 'delete':
      return deleteTheme(codebook, id, op.moveTo === null ? 'untag' : { moveTo: at(op.moveTo)! })
        .codebook
  }
}

function expectValid(codebook: Codebook) {
  const ids = codebook.themes.map((theme) => theme.id)
  expect(new Set(ids).size).toBe(ids.length)
  codebook.themes.forEach((theme, i) => {
    // Parents exist and come first; themePath terminates, so there is no cycle.
    if (theme.parentId !== null) expect(ids.indexOf(theme.parentId)).toBeLessThan(i)
    expect(themePath(codebook, theme.id).at(-1)).toBe(theme)
  })
  // Already in canonical display order: validation changes nothing.
  expect(validateCodebook(codebook)).toEqual(codebook)
}

describe('codebook operations', () => {
  it('any sequence of operations keeps the codebook valid and never loses a theme silently', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (ops) => {
        let codebook: Codebook = { themes: [] }
        ops.forEach((op, serial) => {
          const before = codebook.themes.length
          try {
            codebook = apply(codebook, op, serial)
          } catch (error) {
            // Only refusals the operation documents: a cycle, a theme merged into or replaced by itself.
            expect(error).toBeInstanceOf(GlossError)
            expect((error as GlossError).code).toBe('bad-arguments')
            return
          }
          const expected = { add: 1, merge: -1, delete: -1, update: 0, move: 0 }[op.kind]
          expect(codebook.themes.length).toBe(
            before === 0 && op.kind !== 'add' ? 0 : before + expected,
          )
          expectValid(codebook)
        })
      }),
      { numRuns: 300 },
    )
  })
})
