import { describe, expect, it } from 'vitest'
import type { GoldSpan } from '../../tools/ner-train/corpus'
import { underGlossGuidelines } from '../../tools/ner-train/gloss-conventions'

// Invented text; spans are found by their surface so the offsets read plainly.
const text = '柯主席会见了卢先生和钟秀兰，鄂省代表团与县农业局、北岭水务集团签约。'
const span = (surface: string, type: GoldSpan['type']): GoldSpan => {
  const start = text.indexOf(surface)
  return { start, end: start + surface.length, type }
}
const show = (spans: GoldSpan[]) => spans.map((s) => text.slice(s.start, s.end))

describe('scoring under Gloss’s guidelines', () => {
  const gold = [
    span('柯', 'PER'),
    span('卢先生', 'PER'),
    span('钟秀兰', 'PER'),
    span('鄂', 'LOC'),
    span('北岭水务集团', 'ORG'),
  ]

  it('leaves lone surnames, one-character places and honorific references out of the gold', () => {
    expect(show(underGlossGuidelines(text, gold, []).gold)).toEqual(['钟秀兰', '北岭水务集团'])
  })

  it('ignores what was found over an excluded span and generic bodies the gold leaves unmarked', () => {
    const found = [span('柯主席', 'PER'), span('钟秀兰', 'PER'), span('县农业局', 'ORG')]
    expect(show(underGlossGuidelines(text, gold, found).found)).toEqual(['钟秀兰'])
  })

  it('keeps a wrong span that overlaps nothing excluded', () => {
    const found = [span('北岭水务', 'ORG')]
    expect(show(underGlossGuidelines(text, gold, found).found)).toEqual(['北岭水务'])
  })
})
