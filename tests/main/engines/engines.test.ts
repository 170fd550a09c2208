import { describe, expect, it } from 'vitest'
import {
  defaultEngineName,
  engineLoadMs,
  getEngine,
} from '../../../src/main/engines/engine-registry'
import type { EngineName } from '../../../src/main/core/entities/engines/segmenter-engine'
import { recogniseEntities } from '../../../src/main/core/entities/recognise-entities'
import { surfaces } from '../core/entities/support'

const sentence =
  '滨江日报讯 (记者 柯静)4月9日上午,市委书记林海波到宜昌市夷陵区调研,市委副书记、市长蒋文斌陪同。' +
  '市领导韩明亮、邵丽君、卢志强参加。市统计局负责人领学习近平总书记重要讲话。'

describe.each<EngineName>(['jieba', 'segmentit'])('engine %s', (name) => {
  it('loads once per process and is reused', () => {
    const engine = getEngine(name)
    expect(getEngine(name)).toBe(engine)
    expect(engineLoadMs(name)).toBeGreaterThan(0)
  })

  it('tags words in order within a bounded chunk', () => {
    const words = getEngine(name).tag('市统计局负责人')
    expect(words.map((w) => w.word).join('')).toBe('市统计局负责人')
  })

  it('drives the same genre rules to the same result', () => {
    const out = recogniseEntities(sentence, { engine: getEngine(name) })
    expect(surfaces(out, 'person')).toEqual([
      '柯静',
      '林海波',
      '蒋文斌',
      '韩明亮',
      '邵丽君',
      '卢志强',
      '习近平',
    ])
    expect(surfaces(out, 'place')).toEqual(['宜昌市', '夷陵区'])
    expect(surfaces(out, 'org')).toEqual(['滨江日报', '市统计局'])
    expect(surfaces(out, 'time')).toEqual(['4月9日上午'])
  })
})

it('the default engine is jieba (measured faster; same quality on the sample)', () => {
  expect(defaultEngineName).toBe('jieba')
})
