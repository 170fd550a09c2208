import { describe, expect, it } from 'vitest'
import { describeMention } from '../../src/renderer/src/features/entities/entity-labels'
import { catalogues, translate, type Translate } from '../../src/renderer/src/i18n/i18n'

const t: Translate = (key, params) => translate(catalogues.en, key, params)
const zh: Translate = (key, params) => translate(catalogues.zh, key, params)

describe('the hover text of a highlight', () => {
  it('says how sure the trained tagger was, for its mentions only', () => {
    expect(describeMention(t, { type: 'person', source: 'model', margin: 142.4 })).toBe(
      'Person · found by a statistical model · sure (margin 142)',
    )
    expect(describeMention(t, { type: 'place', source: 'model', margin: 37 })).toBe(
      'Place · found by a statistical model · unsure (margin 37)',
    )
    expect(describeMention(t, { type: 'person', source: 'rule' })).toBe(
      'Person · found by a genre rule',
    )
  })

  it('says it in Chinese too', () => {
    expect(describeMention(zh, { type: 'person', source: 'model', margin: 37 })).toContain(
      '把握不大',
    )
  })
})
