import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { recogniseEntities } from '../../../../../src/main/core/entities/recognise-entities'
import { getEngine } from '../../../../../src/main/engines/engine-registry'
import { readBundledTagger } from '../../../../../src/main/services/entities/bundled-tagger'
import { surfaces } from '../support'

const defaultEngine = getEngine()

// The model shipped in resources/ on invented sentences (names made up for these tests):
// the contexts no genre rule covers, and references that must stay unmarked.
const shipped = readBundledTagger(join(import.meta.dirname, '../../../../../resources'))!.model
const people = (text: string) =>
  surfaces(recogniseEntities(text, { engine: defaultEngine, tagger: shipped }), 'person')

describe('the shipped tagger under the rules', () => {
  it.each([
    ['家住城南小区的居民冼月华说，路终于修好了。', ['冼月华']],
    ['业主蒲晓东告诉记者，物业已经整改。', ['蒲晓东']],
    ['救命恩人鄢志刚。', ['鄢志刚']],
  ])('finds a name in free context: %s', (text, expected) => {
    expect(people(text)).toEqual(expected)
    // The rules alone have no trigger here.
    expect(surfaces(recogniseEntities(text, { engine: defaultEngine }), 'person')).toEqual([])
  })

  it.each(['王先生和李阿姨都来了。', '小陈说大家辛苦了。', '人民群众的获得感、幸福感、安全感。'])(
    'marks no honorific, kinship reference or common noun as a person: %s',
    (text) => {
      expect(people(text)).toEqual([])
    },
  )

  it('finds a transliterated name after an office, with no surname to go by', () => {
    expect(people('外交部长卡利莫夫表示欢迎。')).toEqual(['卡利莫夫'])
  })

  it('keeps a confident place the segmenter wrote inside a longer word', () => {
    const places = (text: string) =>
      surfaces(recogniseEntities(text, { engine: defaultEngine, tagger: shipped }), 'place')
    expect(places('来自中亚国家的代表出席。')).toEqual(['中亚'])
    expect(places('泰国人喜欢过泼水节。')).toEqual(['泰国'])
  })

  it('keeps back-to-back names the rules split apart', () => {
    expect(people('市委领导石振东郝春燕致辞')).toEqual(['石振东', '郝春燕'])
  })
})
