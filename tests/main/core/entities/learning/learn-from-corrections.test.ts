import { beforeAll, describe, expect, it } from 'vitest'
import { getEngine } from '../../../../../src/main/engines/engine-registry'
import {
  correctedSpans,
  learnFromCorrections,
  type CorrectedText,
} from '../../../../../src/main/core/entities/learning/learn-from-corrections'
import { segmentText } from '../../../../../src/main/core/entities/segment-text'
import { tagEntities } from '../../../../../src/main/core/entities/tagger/tag-entities'
import { taggedTypes } from '../../../../../src/main/core/entities/tagger/tag-scheme'
import type { TaggerModel } from '../../../../../src/main/core/entities/tagger/tagger-model'
import { storeDelta } from '../../../../../src/main/core/entities/tagger/weight-delta'
import { buildTinyTagger, type TinyTagger } from '../../../../support/tiny-tagger'

let tiny: TinyTagger
const opts = { engine: getEngine() }
beforeAll(() => {
  tiny = buildTinyTagger()
}, 60_000)

const tag = (text: string, model: TaggerModel) =>
  tagEntities(text, segmentText(text, getEngine()), model).map(
    (s) => `${text.slice(s.start, s.end)}/${taggedTypes[s.type]}`,
  )

// A name the tiny model reads only in part, added by the user in one sentence.
const addedName: CorrectedText = {
  text: '老园丁聂望舒种了一棵树。',
  corrections: [{ kind: 'add', text: '聂望舒', type: 'person' }],
}
const elsewhere = '聂望舒今天去了学校。'

// A word the tiny model takes for a place, rejected by the user.
const rejectedWord: CorrectedText = {
  text: '青禾今天很好。',
  corrections: [{ kind: 'reject', text: '青禾', type: null }],
}

describe('learning from corrections', () => {
  it('finds an added name whole in a text where the user never marked it', () => {
    expect(tag(elsewhere, tiny.model)).not.toContain('聂望舒/PER')
    const learned = learnFromCorrections([addedName], tiny.model, null, opts)
    expect(learned).toMatchObject({ sentences: 1, disagreed: 1, unresolved: 0 })
    expect(tag(elsewhere, { ...tiny.model, delta: learned.delta })).toContain('聂望舒/PER')
  })

  it('stops finding a rejected span, and leaves the shipped model untouched', () => {
    expect(tag(rejectedWord.text, tiny.model)).toEqual(['青禾/LOC'])
    const emission = tiny.model.emission.slice()
    const learned = learnFromCorrections([rejectedWord], tiny.model, null, opts)
    expect(learned.unresolved).toBe(0)
    expect(tag(rejectedWord.text, { ...tiny.model, delta: learned.delta })).toEqual([])
    expect(tiny.model.emission).toEqual(emission)
  })

  it('keeps what the model already read right in a corrected sentence', () => {
    const text = '泓川市居民聂望舒种了一棵树。'
    expect(tag(text, tiny.model)).toContain('泓川市/LOC')
    const learned = learnFromCorrections(
      [{ text, corrections: addedName.corrections }],
      tiny.model,
      null,
      opts,
    )
    const after = tag(text, { ...tiny.model, delta: learned.delta })
    expect(after).toContain('泓川市/LOC')
    expect(after).toContain('聂望舒/PER')
  })

  it('gives the same delta for the same corrections, and has nothing left to learn after', () => {
    const first = learnFromCorrections([addedName, rejectedWord], tiny.model, null, opts)
    const again = learnFromCorrections([addedName, rejectedWord], tiny.model, null, opts)
    expect(storeDelta(again.delta)).toEqual(storeDelta(first.delta))
    const onTop = learnFromCorrections([addedName, rejectedWord], tiny.model, first.delta, opts)
    expect(onTop.disagreed).toBe(0)
    expect(storeDelta(onTop.delta)).toEqual(storeDelta(first.delta))
  })

  it('learns nothing from texts that hold no corrected surface', () => {
    const learned = learnFromCorrections(
      [{ text: '今天天气很好。', corrections: addedName.corrections }],
      tiny.model,
      null,
      opts,
    )
    expect(learned).toMatchObject({ sentences: 0, disagreed: 0, unresolved: 0 })
    expect(learned.delta.rows.size).toBe(0)
  })
})

describe('the corrected reading of a sentence', () => {
  const sentence = '甲乙丙丁戊己庚'
  const span = (start: number, end: number, type: number) => ({ start, end, type })

  it('puts an addition in place of every span it overlaps', () => {
    const got = correctedSpans(
      sentence,
      [span(0, 2, 1), span(5, 7, 2)],
      [{ kind: 'add', text: '乙丙丁', type: 'person' }],
    )
    expect(got).toEqual([span(1, 4, 0), span(5, 7, 2)])
  })

  it('takes out a rejected span, of any type or only of the rejected type', () => {
    const predicted = [span(0, 2, 1), span(3, 5, 2)]
    expect(
      correctedSpans(sentence, predicted, [{ kind: 'reject', text: '甲乙', type: null }]),
    ).toEqual([span(3, 5, 2)])
    expect(
      correctedSpans(sentence, predicted, [{ kind: 'reject', text: '甲乙', type: 'org' }]),
    ).toEqual(predicted)
  })

  it('lets a later rejection take an addition back, and prefers the longer of two additions', () => {
    expect(
      correctedSpans(
        sentence,
        [],
        [
          { kind: 'add', text: '丙丁', type: 'place' },
          { kind: 'reject', text: '丙丁', type: 'place' },
        ],
      ),
    ).toEqual([])
    expect(
      correctedSpans(
        sentence,
        [],
        [
          { kind: 'add', text: '丙丁', type: 'place' },
          { kind: 'add', text: '乙丙丁戊', type: 'org' },
        ],
      ),
    ).toEqual([span(1, 5, 2)])
  })

  it('ignores additions of types the tagger does not learn', () => {
    expect(correctedSpans(sentence, [], [{ kind: 'add', text: '丙丁', type: 'term' }])).toEqual([])
  })
})
