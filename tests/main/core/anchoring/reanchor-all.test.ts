import { describe, expect, it } from 'vitest'
import { describeSelection } from '../../../../src/main/core/anchoring/describe-selection'
import { reanchorAll } from '../../../../src/main/core/anchoring/reanchor-all'
import type { Annotation } from '../../../../src/shared/model'

const oldText =
  '衡阳晚报讯（全媒体记者 陈润）4月25日，市委常委会召开会议，研究部署一季度经济运行分析工作。' +
  '会议强调，要紧盯“双过半”目标，抓好重大项目建设，开展项目观摩活动。' +
  '会议指出，要大力弘扬劳模精神、工匠精神，做好五一劳动奖章推荐工作。'

function annotate(id: string, text: string, quote: string): Annotation {
  const at = text.indexOf(quote)
  const stamp = '2024-05-01T08:00:00.000Z'
  return {
    id,
    issueId: 'issue-1',
    selector: describeSelection(text, at, at + quote.length),
    themeIds: ['growth-targets'],
    memo: '',
    author: 'researcher',
    createdAt: stamp,
    updatedAt: stamp,
    anchor: 'anchored',
  }
}

const annotations = [
  annotate('moved', oldText, '紧盯“双过半”目标'),
  annotate('edited', oldText, '开展项目观摩活动'),
  annotate('deleted', oldText, '做好五一劳动奖章推荐工作'),
]
const newText =
  '【要闻】' +
  oldText
    .replace('开展项目观摩活动', '开展重大项目观摩活动')
    .replace('会议指出，要大力弘扬劳模精神、工匠精神，做好五一劳动奖章推荐工作。', '')

describe('reanchorAll', () => {
  const result = reanchorAll(oldText, newText, annotations)

  it('keeps every annotation, in order, and lists the orphans', () => {
    expect(result.annotations.map((a) => [a.id, a.anchor])).toEqual([
      ['moved', 'anchored'],
      ['edited', 'anchored'],
      ['deleted', 'orphan'],
    ])
    expect(result.orphans).toEqual(['deleted'])
  })

  it('describes placed annotations afresh from the new text', () => {
    for (const annotation of result.annotations.slice(0, 2)) {
      const { start, end } = annotation.selector
      expect(annotation.selector).toEqual(describeSelection(newText, start, end))
    }
    expect(result.annotations[1].selector.exact).toBe('开展重大项目观摩活动')
  })

  it('keeps an orphan’s selector and everything else untouched', () => {
    expect(result.annotations[2]).toEqual({ ...annotations[2], anchor: 'orphan' })
    expect(result.annotations[0]).toMatchObject({
      themeIds: ['growth-targets'],
      updatedAt: annotations[0].updatedAt,
    })
  })

  it('brings an orphan back when the passage returns', () => {
    const again = reanchorAll(newText, oldText, result.annotations)
    expect(again.orphans).toEqual([])
    expect(again.annotations[2].selector).toEqual(annotations[2].selector)
  })

  it('returns the annotations unchanged for an unchanged text', () => {
    expect(reanchorAll(oldText, oldText, annotations)).toEqual({ annotations, orphans: [] })
  })
})
