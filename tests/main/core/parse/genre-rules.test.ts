// Table-driven checks of the genre rules: headline parts, datelines, credits, paper and date.

import { describe, expect, it } from 'vitest'
import { matchCreditLine, matchDateline } from '../../../../src/main/core/parse/dateline'
import { assignHeadline } from '../../../../src/main/core/parse/headline'
import {
  dateFromFileName,
  findIsoDate,
  paperFromFileName,
} from '../../../../src/main/core/parse/paper-date'
import { parseReporters } from '../../../../src/main/core/parse/reporters'

const spans = (...lines: string[]) =>
  lines.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text }))
const parts = (...lines: string[]) => {
  const h = assignHeadline(spans(...lines))
  return [h.kicker?.text ?? null, h.title.text, h.subtitles.map((s) => s.text)]
}

describe('headline blocks', () => {
  it.each([
    [['城市更新提速'], [null, '城市更新提速', []]],
    [
      ['他在会上强调——', '全力以赴抓落实'],
      ['他在会上强调——', '全力以赴抓落实', []],
    ],
    [
      ['团结奋斗 共创未来', '全市表彰大会隆重举行'],
      ['团结奋斗 共创未来', '全市表彰大会隆重举行', []],
    ],
    [
      ['第十届读书节今日开幕', '百场活动 惠及全城'],
      [null, '第十届读书节今日开幕', ['百场活动 惠及全城']],
    ],
    [
      ['推动交通网络提质升级 服务区域协调发展', '市长参加现场办公'],
      [null, '推动交通网络提质升级 服务区域协调发展', ['市长参加现场办公']],
    ],
    [
      ['凝心聚力 奋勇争先', '——记全国劳动模范李明'],
      [null, '凝心聚力 奋勇争先', ['——记全国劳动模范李明']],
    ],
    [
      ['引题', '主题', '副题'],
      ['引题', '主题', ['副题']],
    ],
  ])('%j → kicker, title, subtitles %j', (lines, expected) => {
    expect(parts(...lines)).toEqual(expected)
  })
})

describe('datelines and credits', () => {
  it.each([
    ['衡阳晚报讯 (全媒体记者 陈润)', '衡阳晚报讯', '衡阳晚报', [['陈润', '全媒体记者']]],
    [
      '本报讯（记者 张三 通讯员 李四）',
      '本报讯',
      '本报',
      [
        ['张三', '记者'],
        ['李四', '通讯员'],
      ],
    ],
    ['本报北京4月25日电 （记者 王五）', '本报北京4月25日电', '本报', [['王五', '记者']]],
    ['新华社北京4月25日电', '新华社北京4月25日电', '新华社', []],
    [
      '江南日报讯（记者张三、李四）',
      '江南日报讯',
      '江南日报',
      [
        ['张三', '记者'],
        ['李四', '记者'],
      ],
    ],
    ['本报讯（本报记者 陈　润）', '本报讯', '本报', [['陈润', '本报记者']]],
  ])('%s', (text, dateline, outlet, reporters) => {
    const m = matchDateline(text)
    expect(m?.dateline).toBe(dateline)
    expect(m?.outlet).toBe(outlet)
    expect(m?.reporters.map((r) => [r.name, r.role])).toEqual(reporters)
  })

  it.each(['本报记者发现问题', '新华社记者从北京报道', '电视台播出节目', '报社的电话响了'])(
    'does not take prose for a dateline: %s',
    (text) => expect(matchDateline(text)).toBeNull(),
  )

  it('reads credit lines and refuses asides in parentheses', () => {
    expect(matchCreditLine('（记者 张三 通讯员 李四）')).toHaveLength(2)
    expect(matchCreditLine('本报记者 张三 李四')).toEqual([
      { name: '张三', role: '本报记者' },
      { name: '李四', role: '本报记者' },
    ])
    expect(matchCreditLine('（下转第二版）')).toBeNull()
    expect(matchCreditLine('（完）')).toBeNull()
    expect(parseReporters('陈润', true)).toBeNull()
    expect(parseReporters('陈润', false)).toEqual([{ name: '陈润', role: null }])
  })

  it('reads a credit whose role names the outlet, as database exports print it', () => {
    expect(parseReporters('湘江日报记者 易小平', true)).toEqual([
      { name: '易小平', role: '湘江日报记者' },
    ])
    expect(parseReporters('市融媒体中心记者 周航 通讯员 田园', true)).toEqual([
      { name: '周航', role: '市融媒体中心记者' },
      { name: '田园', role: '通讯员' },
    ])
    // An outlet alone is no role: the token is refused, so prose is not taken for a credit.
    expect(parseReporters('湘江日报 易小平', true)).toBeNull()
  })
})

describe('paper and date', () => {
  it.each([
    ['hengyang-evening-news-2023-04-26.txt', '2023-04-26'],
    ['衡阳晚报20230426.txt', '2023-04-26'],
    ['2023年4月26日.txt', '2023-04-26'],
    ['/some/folder/issue_2023.4.6.txt', '2023-04-06'],
    ['issue-2023-02-30.txt', null],
    ['no-date.txt', null],
  ])('date in %s', (name, iso) => expect(dateFromFileName(name)).toBe(iso))

  it('reads a paper name from a file name only where it reads as one', () => {
    expect(paperFromFileName('衡阳晚报20230426.txt')).toBe('衡阳晚报')
    expect(paperFromFileName('hengyang-evening-news-2023-04-26.txt')).toBeNull()
    expect(paperFromFileName('batch3_gmrb_20240302_gbk.txt')).toBe('光明日报')
    expect(paperFromFileName('rmrb-2024-03-02.txt')).toBe('人民日报')
    // Initials inside a word are no paper: `farmrbook` holds `rmrb` but is not set apart.
    expect(paperFromFileName('farmrbook-2024.txt')).toBeNull()
  })

  it('finds dates written the ways exports write them', () => {
    expect(findIsoDate('2023年04月26日 星期三')).toBe('2023-04-26')
    expect(findIsoDate('出版日期：2023/4/26')).toBe('2023-04-26')
    expect(findIsoDate('4月26日')).toBeNull()
  })
})
