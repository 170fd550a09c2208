import { describe, expect, it } from 'vitest'
import { recogniseEntities } from '../../../../src/main/core/entities/recognise-entities'
import { getEngine } from '../../../../src/main/engines/engine-registry'

const defaultEngine = getEngine()

const text = '市委书记林海波到大兴村调研,林海波强调要办好宜昌晚报。'

describe('user dictionary precedence', () => {
  it("'add' marks every occurrence with source 'user', over any rule", () => {
    const out = recogniseEntities(text, {
      engine: defaultEngine,
      dictionary: [{ kind: 'add', text: '大兴村', type: 'place' }],
    })
    expect(out.filter((m) => m.source === 'user').map((m) => [m.text, m.type])).toEqual([
      ['大兴村', 'place'],
    ])
  })

  it("'add' of a longer or overlapping surface beats the rules' split", () => {
    const out = recogniseEntities(text, {
      engine: defaultEngine,
      dictionary: [{ kind: 'add', text: '书记林海', type: 'term' }],
    })
    expect(out.find((m) => m.start === 2)).toMatchObject({ text: '书记林海', source: 'user' })
    expect(out.some((m) => m.text === '市委书记')).toBe(false)
  })

  it("'reject' of a type removes only that type; null removes any type", () => {
    const typed = recogniseEntities(text, {
      engine: defaultEngine,
      dictionary: [{ kind: 'reject', text: '林海波', type: 'place' }],
    })
    expect(typed.filter((m) => m.text === '林海波')).toHaveLength(2)
    const any = recogniseEntities(text, {
      engine: defaultEngine,
      dictionary: [{ kind: 'reject', text: '林海波', type: null }],
    })
    expect(any.some((m) => m.text === '林海波')).toBe(false)
  })

  it('rejecting a long mention lets what it hid surface (宜昌晚报 → 宜昌)', () => {
    expect(
      recogniseEntities(text, { engine: defaultEngine }).some(
        (m) => m.text === '宜昌晚报' && m.type === 'org',
      ),
    ).toBe(true)
    const out = recogniseEntities(text, {
      engine: defaultEngine,
      dictionary: [{ kind: 'reject', text: '宜昌晚报', type: 'org' }],
    })
    expect(out.some((m) => m.text === '宜昌晚报')).toBe(false)
    expect(out.some((m) => m.text === '宜昌' && m.type === 'place')).toBe(true)
  })

  it('a type change is a reject plus an add', () => {
    const out = recogniseEntities(text, {
      engine: defaultEngine,
      dictionary: [
        { kind: 'reject', text: '林海波', type: 'person' },
        { kind: 'add', text: '林海波', type: 'org' },
      ],
    })
    expect(out.filter((m) => m.text === '林海波').map((m) => [m.type, m.source])).toEqual([
      ['org', 'user'],
      ['org', 'user'],
    ])
  })

  it('a later reject cancels an earlier add of the same text', () => {
    const out = recogniseEntities(text, {
      engine: defaultEngine,
      dictionary: [
        { kind: 'add', text: '调研', type: 'term' },
        { kind: 'reject', text: '调研', type: null },
      ],
    })
    expect(out.some((m) => m.text === '调研')).toBe(false)
  })
})
