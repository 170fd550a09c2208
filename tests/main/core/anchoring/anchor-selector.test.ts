import { describe, expect, it } from 'vitest'
import { anchorSelector, locateSelector } from '../../../../src/main/core/anchoring/anchor-selector'
import { describeSelection } from '../../../../src/main/core/anchoring/describe-selection'
import type { AnnotationSelector } from '../../../../src/shared/model'

const para1 =
  '今年以来，我市坚持把招商引资作为经济工作的生命线，一季度新签约项目四十二个，总投资额同比增长百分之十八。'
const para2 =
  '市委书记在调度会上强调，要确保上半年主要经济指标实现“双过半”，全力以赴抓项目、扩投资、促消费。'
const para3 =
  '会议要求，各县市区要持续优化营商环境，推进12345热线问政，切实解决企业和群众的急难愁盼问题。'
const text = [para1, para2, para3].join('\n\n')

function select(source: string, quote: string, occurrence = 0): AnnotationSelector {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = source.indexOf(quote, at + 1)
  if (at < 0) throw new Error(`fixture: ${quote} not in text`)
  return describeSelection(source, at, at + quote.length)
}

function placed(source: string, selector: AnnotationSelector): string | null {
  const span = anchorSelector(source, selector)
  return span && source.slice(span.start, span.end)
}

describe('anchorSelector: exact and moved quotes', () => {
  it('returns the same position in unchanged text', () => {
    const selector = select(text, '双过半')
    expect(locateSelector(text, selector)).toMatchObject({
      start: selector.start,
      end: selector.end,
      method: 'position',
    })
  })

  it('follows a quote when text is inserted before it', () => {
    const selector = select(text, '持续优化营商环境')
    const edited = '【本报讯】' + text
    expect(anchorSelector(edited, selector)).toEqual({
      start: selector.start + 5,
      end: selector.end + 5,
    })
  })

  it('follows a quote when whole paragraphs are reordered', () => {
    const selector = select(text, '全力以赴抓项目')
    const edited = [para3, para1, para2].join('\n\n')
    expect(locateSelector(edited, selector)).toMatchObject({
      method: 'exact',
      start: edited.indexOf('全力以赴抓项目'),
    })
  })

  it('chooses among repeats of a quote by their context', () => {
    const repeated =
      '一是抓招商，引进龙头企业。二是抓招商，培育本地企业。三是抓招商，壮大县域经济。'
    const second = select(repeated, '抓招商', 1)
    const edited = '会议指出：' + repeated.replace('引进龙头企业', '引进链主企业和配套企业')
    const span = anchorSelector(edited, second)
    expect(span).toEqual({
      start: edited.indexOf('抓招商，培育'),
      end: edited.indexOf('抓招商，培育') + 3,
    })
  })

  it('breaks a tie between identical contexts by distance to the old position', () => {
    const repeated = '抓项目。抓项目。抓项目。抓项目。'
    const third = { ...select(repeated, '抓项目', 2), prefix: '', suffix: '' }
    expect(anchorSelector(repeated, { ...third, start: 9, end: 12 })).toEqual({ start: 8, end: 11 })
    expect(anchorSelector(repeated, { ...third, start: 1, end: 4 })).toEqual({ start: 0, end: 3 })
  })
})

describe('anchorSelector: fuzzy matches', () => {
  it.each([
    ['a corrected character', '总投资额同比增长百分之十八', '总投资额同比增长百分之十九'],
    ['half-width punctuation made full-width', '抓项目、扩投资、促消费', '抓项目，扩投资，促消费'],
    [
      'a word inserted',
      '持续优化营商环境，推进12345热线问政',
      '持续优化法治化营商环境，推进12345热线问政',
    ],
    ['a word removed', '切实解决企业和群众的急难愁盼问题', '切实解决群众的急难愁盼问题'],
  ])('finds a quote after %s', (_, quote, replacement) => {
    const selector = select(text, quote)
    const edited = '（记者 王芳）' + text.replace(quote, replacement)
    const match = locateSelector(edited, selector)
    expect(match?.method).toBe('fuzzy')
    expect(edited.slice(match!.start, match!.end)).toBe(replacement)
  })
})

describe('anchorSelector: orphans', () => {
  it('gives up when the passage was deleted', () => {
    const selector = select(text, '一季度新签约项目四十二个')
    expect(anchorSelector(text.replace(para1, ''), selector)).toBeNull()
  })

  it('does not move a short quote to an unrelated occurrence', () => {
    const selector = select(text, '项目', 0)
    const edited = text
      .replace('新签约项目四十二个', '新签约四十二个')
      .replace(/^今年以来，我市坚持/, '')
    expect(edited).toContain('项目')
    expect(anchorSelector(edited, selector)).toBeNull()
  })

  it('gives up when the quote was rewritten beyond recognition', () => {
    const selector = select(text, '推进12345热线问政')
    expect(placed(text.replace('推进12345热线问政', '加强基层治理能力'), selector)).toBeNull()
  })

  it('never throws on malformed selectors', () => {
    const bad = [
      { start: Number.NaN, end: 3, exact: '双过半', prefix: '', suffix: '' },
      { start: -5, end: 99999, exact: '双过半', prefix: '', suffix: '' },
      { start: 0, end: 0, exact: '', prefix: '', suffix: '' },
      { start: 0, end: 1 } as unknown as AnnotationSelector,
    ]
    for (const selector of bad) expect(() => anchorSelector(text, selector)).not.toThrow()
    expect(anchorSelector(text, bad[0])).toEqual({
      start: text.indexOf('双过半'),
      end: text.indexOf('双过半') + 3,
    })
    expect(anchorSelector('', select(text, '双过半'))).toBeNull()
  })
})
