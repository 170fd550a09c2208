import { describe, expect, it } from 'vitest'
import { Tier, type Candidate } from '../../../../src/main/core/entities/candidate'
import { getEngine } from '../../../../src/main/engines/engine-registry'
import { propagateTagged } from '../../../../src/main/core/entities/rules/propagate-tagged'
import { segmentText } from '../../../../src/main/core/entities/segment-text'
import type { EntityType } from '../../../../src/shared/model'

// Invented text; the tagger's calls are written by hand so only the propagation is tested.
const ctxOf = (text: string) => ({ text, seg: segmentText(text, getEngine('jieba')) })
const call = (text: string, surface: string, type: EntityType, margin: number, from = 0) => {
  const start = text.indexOf(surface, from)
  const c: Candidate = {
    start,
    end: start + surface.length,
    type,
    source: 'model',
    tier: Tier.rule,
  }
  return { ...c, margin }
}
const shown = (text: string, cs: Candidate[]) =>
  cs.map((c) => `${text.slice(c.start, c.end)}/${c.type}@${c.start}`).sort()

describe('document-level consistency of the tagger’s calls', () => {
  it('carries a confident name to its bare occurrences elsewhere in the text', () => {
    const text = '记者采访了居民鲍静怡。鲍静怡说，路修好了。'
    const out = propagateTagged(ctxOf(text), [call(text, '鲍静怡', 'person', 240)])
    expect(shown(text, out)).toEqual(['鲍静怡/person@11', '鲍静怡/person@7'])
  })

  it('does not carry an unsure call', () => {
    const text = '记者采访了居民鲍静怡。鲍静怡说，路修好了。'
    const out = propagateTagged(ctxOf(text), [call(text, '鲍静怡', 'person', 20)])
    expect(shown(text, out)).toEqual(['鲍静怡/person@7'])
  })

  it('gives a surface called with two types the type it was given with more weight', () => {
    const text = '青川发布通知。青川的群众。'
    const out = propagateTagged(ctxOf(text), [
      call(text, '青川', 'org', 30),
      call(text, '青川', 'place', 200, 5),
    ])
    expect(shown(text, out)).toEqual(['青川/place@0', '青川/place@7'])
  })
})
