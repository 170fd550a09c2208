import { describe, expect, it } from 'vitest'
import { applyStructureCorrections } from '../../../../src/main/core/structure'
import type { StructureEdit } from '../../../../src/shared/model'
import { buildIssue, correctionAt, shapeOf, type Line } from './fixtures'

type Change = [opening: string, change: StructureEdit]

interface Case {
  name: string
  parsed: ReadonlyArray<readonly Line[]>
  changes: Change[]
  expected: string[]
}

const cases: Case[] = [
  {
    name: 'an untitled article whose only paragraph is the real title gets it as its title',
    parsed: [[['P', '青山镇修通进村公路']]],
    changes: [['青山镇', { kind: 'role', role: 'title' }]],
    expected: ['T:青山镇修通进村公路'],
  },
  {
    name: 'a new title above the old one: the old title becomes a subtitle',
    parsed: [
      [
        ['T', '主标题甲'],
        ['S', '真正的标题乙'],
        ['P', '正文一段。'],
      ],
    ],
    changes: [['真正的', { kind: 'role', role: 'title' }]],
    expected: ['K:主标题甲 | T:真正的标题乙 | P:正文一段。'],
  },
  {
    name: 'a title below the body opens a new article (the same as a split)',
    parsed: [
      [
        ['T', '河道整治开工'],
        ['P', '第一段正文。'],
        ['P', '柳林社区办起夜校'],
        ['P', '居民踊跃报名。'],
      ],
    ],
    changes: [['柳林', { kind: 'role', role: 'title' }]],
    expected: ['T:河道整治开工 | P:第一段正文。', 'T:柳林社区办起夜校 | P:居民踊跃报名。'],
  },
  {
    name: 'the title made a kicker hands the title to the line after it',
    parsed: [
      [
        ['T', '春耕时节——'],
        ['P', '田间地头机器忙'],
        ['P', '正文说春耕。'],
      ],
    ],
    changes: [['春耕时节', { kind: 'role', role: 'kicker' }]],
    expected: ['K:春耕时节—— | T:田间地头机器忙 | P:正文说春耕。'],
  },
  {
    name: 'a kicker below a title opens a new article with the next line as its title',
    parsed: [
      [
        ['T', '第一篇标题'],
        ['P', '第一篇正文。'],
        ['P', '图书馆新馆——'],
        ['P', '周末开门迎客'],
        ['P', '第二篇正文。'],
      ],
    ],
    changes: [['图书馆', { kind: 'role', role: 'kicker' }]],
    expected: ['T:第一篇标题 | P:第一篇正文。', 'K:图书馆新馆—— | T:周末开门迎客 | P:第二篇正文。'],
  },
  {
    name: 'a subtitle made of the title: the kicker above takes the title',
    parsed: [
      [
        ['K', '上一行'],
        ['T', '下一行'],
        ['P', '正文。'],
      ],
    ],
    changes: [['下一行', { kind: 'role', role: 'subtitle' }]],
    expected: ['T:上一行 | S:下一行 | P:正文。'],
  },
  {
    name: 'a trailing credit taken for the next kicker moves back to the article it closes',
    parsed: [
      [
        ['T', '甲篇标题'],
        ['P', '甲篇正文。'],
      ],
      [
        ['K', '（本报通讯员赵小明参与采写）'],
        ['T', '乙篇标题'],
        ['P', '乙篇正文。'],
      ],
    ],
    changes: [['（本报通讯员', { kind: 'role', role: 'credit' }]],
    expected: [
      'T:甲篇标题 | P:甲篇正文。 | C:（本报通讯员赵小明参与采写）',
      'T:乙篇标题 | P:乙篇正文。',
    ],
  },
  {
    name: 'an author line taken for a title becomes the byline; the article is then untitled',
    parsed: [
      [
        ['T', '钱  多'],
        ['P', '评论的正文。'],
      ],
    ],
    changes: [['钱  多', { kind: 'role', role: 'byline' }]],
    expected: ['T:∅ | B:钱  多 | P:评论的正文。'],
  },
  {
    name: 'a demoted title hands over to the subtitle and closes the previous article',
    parsed: [
      [
        ['T', '甲篇'],
        ['P', '甲篇正文。'],
      ],
      [
        ['T', '误认的标题'],
        ['S', '真标题'],
        ['P', '正文。'],
      ],
    ],
    changes: [['误认的', { kind: 'role', role: 'paragraph' }]],
    expected: ['T:甲篇 | P:甲篇正文。 | P:误认的标题', 'T:真标题 | P:正文。'],
  },
  {
    name: 'body text above the first article’s title becomes an untitled article of its own',
    parsed: [
      [
        ['K', '不是引题的一行'],
        ['T', '标题'],
        ['P', '正文。'],
      ],
    ],
    changes: [['不是引题', { kind: 'role', role: 'paragraph' }]],
    expected: ['T:∅ | P:不是引题的一行', 'T:标题 | P:正文。'],
  },
  {
    name: 'split at a paragraph: the paragraph becomes the new article’s title',
    parsed: [
      [
        ['T', '两篇连在一起'],
        ['P', '前一篇正文。'],
        ['P', '后一篇的标题'],
        ['P', '后一篇正文。'],
      ],
    ],
    changes: [['后一篇的', { kind: 'split' }]],
    expected: ['T:两篇连在一起 | P:前一篇正文。', 'T:后一篇的标题 | P:后一篇正文。'],
  },
  {
    name: 'split at a title: the kicker left behind becomes its article’s title',
    parsed: [
      [
        ['K', '被分开的引题'],
        ['T', '标题'],
        ['P', '正文。'],
      ],
    ],
    changes: [['标题', { kind: 'split' }]],
    expected: ['T:被分开的引题', 'T:标题 | P:正文。'],
  },
  {
    name: 'merge: the article continues the previous one and its headline becomes a paragraph',
    parsed: [
      [
        ['T', '上篇'],
        ['P', '上篇正文（下转第二版）'],
      ],
      [
        ['T', '（上接第一版）'],
        ['P', '续完的正文。'],
        ['C', '（记者 孙某某）'],
      ],
    ],
    changes: [['（上接', { kind: 'merge' }]],
    expected: [
      'T:上篇 | P:上篇正文（下转第二版） | P:（上接第一版） | P:续完的正文。 | C:（记者 孙某某）',
    ],
  },
  {
    name: 'later corrections apply over earlier ones, in order',
    parsed: [
      [
        ['T', '甲'],
        ['P', '乙'],
        ['P', '丙'],
        ['P', '丁'],
      ],
    ],
    changes: [
      ['丙', { kind: 'split' }],
      ['丙', { kind: 'role', role: 'paragraph' }],
      ['丁', { kind: 'role', role: 'title' }],
    ],
    expected: ['T:甲 | P:乙', 'T:∅ | P:丙', 'T:丁'],
  },
  {
    name: 'astral characters keep their UTF-16 offsets',
    parsed: [
      [
        ['T', '𠀀𠀁标题'],
        ['P', '𠀂正文'],
        ['P', '𠀃第二篇'],
      ],
    ],
    changes: [['𠀃', { kind: 'split' }]],
    expected: ['T:𠀀𠀁标题 | P:𠀂正文', 'T:𠀃第二篇'],
  },
]

describe('applyStructureCorrections', () => {
  it.each(cases)('$name', ({ parsed, changes, expected }) => {
    const { text, articles } = buildIssue(parsed)
    const corrections = changes.map(([opening, change]) => correctionAt(text, opening, change))
    const result = applyStructureCorrections(text, articles, corrections)
    expect(shapeOf(result.articles)).toEqual(expected)
    expect(result.stale).toEqual([])
  })

  it('returns the parse untouched when there are no corrections', () => {
    const { text, articles } = buildIssue([
      [
        ['T', '标题'],
        ['P', '正文。'],
      ],
    ])
    articles[0].doubts = ['title']
    expect(applyStructureCorrections(text, articles, []).articles).toEqual(articles)
  })

  it('lists a correction whose part the parse no longer has, and applies the others', () => {
    const { text, articles } = buildIssue([
      [
        ['T', '标题一'],
        ['P', '正文一。'],
        ['P', '正文二。'],
      ],
    ])
    const gone = {
      ...correctionAt(text, '正文一', { kind: 'split' }),
      at: text.indexOf('正文一') + 1,
    }
    const kept = correctionAt(text, '正文二', { kind: 'split' })
    const result = applyStructureCorrections(text, articles, [gone, kept])
    expect(result.stale).toEqual([gone])
    expect(shapeOf(result.articles)).toEqual(['T:标题一 | P:正文一。', 'T:正文二。'])
  })

  it('does not merge the first article, nor at a part where no article starts', () => {
    const { text, articles } = buildIssue([
      [
        ['T', '首篇'],
        ['P', '首篇正文。'],
      ],
      [['T', '次篇']],
    ])
    const first = correctionAt(text, '首篇', { kind: 'merge' })
    const inside = correctionAt(text, '首篇正文', { kind: 'merge' })
    const result = applyStructureCorrections(text, articles, [first, inside])
    expect(result.stale).toEqual([first, inside])
    expect(result.articles).toHaveLength(2)
  })

  it('keeps the parser’s doubts, page and section on untouched articles only', () => {
    const { text, articles } = buildIssue([
      [
        ['T', '有疑问的一篇'],
        ['P', '正文。'],
      ],
      [
        ['T', '另一篇'],
        ['P', '另一段。'],
        ['P', '再一段。'],
      ],
    ])
    articles.forEach((a) =>
      Object.assign(a, { doubts: ['boundary'], page: '第02版', section: '要闻' }),
    )
    const result = applyStructureCorrections(text, articles, [
      correctionAt(text, '再一段', { kind: 'split' }),
    ])
    expect(result.articles.map((a) => a.doubts)).toEqual([['boundary'], [], []])
    expect(result.articles.map((a) => a.page)).toEqual(['第02版', '第02版', '第02版'])
    expect(result.articles[2].section).toBe('要闻')
  })
})
