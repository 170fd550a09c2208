import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { getEngine } from '../../../../../src/main/engines/engine-registry'
import { recogniseEntities } from '../../../../../src/main/core/entities/recognise-entities'
import { segmentText } from '../../../../../src/main/core/entities/segment-text'
import { tagEntities } from '../../../../../src/main/core/entities/tagger/tag-entities'
import { taggedTypes } from '../../../../../src/main/core/entities/tagger/tag-scheme'
import {
  readTaggerModel,
  TaggerModelError,
} from '../../../../../src/main/core/entities/tagger/tagger-model'
import { buildTinyTagger, tinyDocuments, type TinyTagger } from '../../../../support/tiny-tagger'
import { invariantViolation } from '../support'

const defaultEngine = getEngine()

let tiny: TinyTagger
beforeAll(() => {
  tiny = buildTinyTagger()
}, 60_000)

const tag = (text: string, model = tiny.model) =>
  tagEntities(text, segmentText(text, getEngine()), model).map((s) => ({
    text: text.slice(s.start, s.end),
    type: taggedTypes[s.type],
    margin: s.margin,
  }))

describe('the tagger', () => {
  it('learns its training sentences, through the written and re-read file', () => {
    for (const doc of tinyDocuments()) {
      const found = tag(doc.text).map(({ text, type }) => `${text}/${type}`)
      expect(found).toEqual(doc.spans.map((s) => `${doc.text.slice(s.start, s.end)}/${s.type}`))
    }
  })

  it('gives every span a positive confidence margin', () => {
    const spans = tag(tinyDocuments()[0].text)
    expect(spans.length).toBeGreaterThan(0)
    for (const s of spans) expect(s.margin).toBeGreaterThan(0)
  })

  it('is the same for the same input on every call (no state leaks between texts)', () => {
    const text = tinyDocuments()[1].text
    const first = tag(text)
    tag('完全不同的一段话，有长有短。\n第二行')
    expect(tag(text)).toEqual(first)
  })

  it('trains deterministically: the same seed gives the same bytes', () => {
    expect(buildTinyTagger().bytes).toEqual(tiny.bytes)
  })

  it('decodes only well-formed spans on any text, astral characters included', () => {
    const alphabet = [...'柯一帆泓川市县所研究院在和说，。\n 𠀀鲍雨桐']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('')
        const spans = tagEntities(text, segmentText(text, getEngine()), tiny.model)
        let last = 0
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last)
          expect(s.end).toBeGreaterThan(s.start)
          expect(text.slice(s.start, s.end)).not.toContain('\n')
          last = s.end
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('the model file', () => {
  it('refuses bytes that are not a model', () => {
    expect(() => readTaggerModel(new TextEncoder().encode('hello world, not a model'))).toThrow(
      TaggerModelError,
    )
  })

  it('refuses a truncated model', () => {
    expect(() => readTaggerModel(tiny.bytes.subarray(0, tiny.bytes.length - 2))).toThrow(
      /bytes, expected/,
    )
  })

  it('refuses a model trained on another feature set', () => {
    const bytes = tiny.bytes.slice()
    const text = new TextDecoder().decode(bytes)
    const at = text.indexOf('chars-words-lexicons-')
    bytes.set(new TextEncoder().encode('X'), at)
    expect(() => readTaggerModel(bytes)).toThrow(/features/)
  })

  it('reads a model from bytes at an odd offset of a larger buffer', () => {
    const padded = new Uint8Array(tiny.bytes.length + 1)
    padded.set(tiny.bytes, 1)
    const model = readTaggerModel(padded.subarray(1))
    const text = tinyDocuments()[0].text
    expect(tag(text, model)).toEqual(tag(text))
  })
})

describe('recognition with the tagger', () => {
  it('adds the tagger’s names, marked as the model’s', () => {
    const text = '泓川市居民鲍雨桐说，青禾研究院帮了大忙。'
    const withModel = recogniseEntities(text, { engine: defaultEngine, tagger: tiny.model })
    expect(withModel.find((m) => m.text === '鲍雨桐')).toMatchObject({
      type: 'person',
      source: 'model',
      margin: expect.any(Number),
    })
    // Only the tagger's mentions carry its confidence.
    for (const m of withModel) expect(m.margin === undefined).toBe(m.source !== 'model')
    expect(
      recogniseEntities(text, { engine: defaultEngine }).some((m) => m.text === '鲍雨桐'),
    ).toBe(false)
  })

  it('lets the tagger, not the segmenter’s dictionary, decide whether a word is a name', () => {
    // The segmenter's dictionary tags this street a person; the tagger reads it in context.
    const text = '王府井小吃街人头攒动。'
    const isPerson = (m: { text: string; type: string }) =>
      m.text === '王府井' && m.type === 'person'
    expect(recogniseEntities(text, { engine: defaultEngine, tagger: null }).some(isPerson)).toBe(
      true,
    )
    expect(tagEntities(text, segmentText(text, getEngine()), tiny.model)).toEqual([])
    expect(
      recogniseEntities(text, { engine: defaultEngine, tagger: tiny.model }).some(isPerson),
    ).toBe(false)
  })

  it('runs on the rules alone without a model', () => {
    const text = '市委书记欧阳明主持会议。'
    expect(recogniseEntities(text, { engine: defaultEngine, tagger: null })).toEqual(
      recogniseEntities(text, { engine: defaultEngine }),
    )
  })

  it('keeps the output invariants with the model on random text', () => {
    const alphabet = [...'柯一帆泓川市县所研究院在和说，。\n 𠀀鲍雨桐市委书记']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (chars) => {
        const text = chars.join('')
        const out = recogniseEntities(text, { engine: defaultEngine, tagger: tiny.model })
        expect(invariantViolation(text, out)).toBeNull()
        for (const m of out) {
          // No mention starts or ends inside a surrogate pair.
          expect(/^[\uDC00-\uDFFF]/.test(text.slice(m.start))).toBe(false)
          expect(/^[\uDC00-\uDFFF]/.test(text.slice(m.end))).toBe(false)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('guideline adapters on the tagger’s spans', () => {
  // A model trained to call these spans entities, so each guard is seen to act.
  let eager: TinyTagger
  beforeAll(() => {
    eager = buildTinyTagger(
      'BIOES',
      [],
      ['[蓝|PER]先生到了。', '[青禾市研究成果发布会|ORG]举行。', '居民[幸福感|PER]提高了。'],
    )
  }, 60_000)

  const found = (text: string) =>
    recogniseEntities(text, { engine: defaultEngine, tagger: eager.model })
      .filter((m) => m.source === 'model')
      .map((m) => `${m.text}/${m.type}`)

  it('the tagger proposes them', () => {
    const raw = (text: string) =>
      tagEntities(text, segmentText(text, getEngine()), eager.model).map((s) =>
        text.slice(s.start, s.end),
      )
    expect(raw('蓝先生到了。')).toContain('蓝')
    expect(raw('青禾市研究成果发布会举行。')).toContain('青禾市研究成果发布会')
    expect(raw('居民幸福感提高了。')).toContain('幸福感')
  })

  it('drops one-character people, events as organisations, and common words as people', () => {
    expect(found('蓝先生到了。')).toEqual([])
    expect(found('青禾市研究成果发布会举行。')).toEqual([])
    expect(found('居民幸福感提高了。')).toEqual([])
  })
})
