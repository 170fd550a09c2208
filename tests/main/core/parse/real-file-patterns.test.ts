// The patterns real issue files have, each in an invented article, laid out in every plain
// layout Gloss reads (blank lines, U+3000 indents, one paragraph per line), then parsed back:
// the structure must come out as it was written, whatever the layout.

import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../../src/main/core/parse/parse-issue'
import { repairBrokenParagraphs } from '../../../../src/main/core/parse/repair-breaks'
import type { Article } from '../../../../src/shared/model'
import { expectInvariants } from './invariants'

interface Written {
  kicker?: string
  title: string
  subtitle?: string
  /** An own-line byline under the headline. */
  byline?: string
  body: string[]
  /** Lines that close the article. */
  credits?: string[]
  /** A closing line naming who made an article that has no byline above: its byline. */
  closingByline?: string
}

type LayoutName = 'blank-line' | 'indent' | 'one-per-line'
const LAYOUTS: LayoutName[] = ['blank-line', 'indent', 'one-per-line']

function layOut(articles: Written[], layout: LayoutName): string {
  const blocks = articles.map((a) => {
    const head = [a.kicker, a.title, a.subtitle, a.byline].filter((l): l is string => !!l)
    const indent = layout === 'indent' ? '\u3000\u3000' : ''
    const closing = [...(a.credits ?? []), ...(a.closingByline ? [a.closingByline] : [])]
    const tail = [...a.body, ...closing].map((l) => indent + l)
    return [...head, ...tail].join(layout === 'blank-line' ? '\n\n' : '\n')
  })
  return blocks.join(layout === 'blank-line' ? '\n\n' : '\n\n')
}

function parse(text: string) {
  const repaired = repairBrokenParagraphs(text)
  const issue = parseIssue(repaired)
  expectInvariants(repaired, issue)
  return issue
}

function shape(a: Article) {
  return {
    kicker: a.kicker?.text ?? null,
    title: a.title.text,
    subtitle: a.subtitles[0]?.text ?? null,
    byline: a.byline?.text ?? null,
    paragraphs: a.paragraphs.length,
    credits: a.credits.map((c) => c.text),
  }
}

function bylineText(w: Written): string | null {
  if (w.byline) return w.byline
  if (w.closingByline) return w.closingByline
  // An inline dateline: the 本报…电 lead and its credit.
  return /^本报.*?电 {2}（[^）]*）/.exec(w.body[0])?.[0] ?? null
}

/** Two ordinary reports around the article under test, so boundaries on both sides count. */
const before: Written = {
  title: '湖川省推进县域商业体系建设',
  byline: '本报记者  林  舟',
  body: [
    '记者从湖川省商务厅获悉，全省今年将新建改造乡镇商贸中心120个。',
    '据介绍，这些商贸中心将配套冷链、快递等设施，方便群众就近消费。',
  ],
}
const after: Written = {
  title: '江屿市开通首条城际公交',
  body: [
    '本报江屿5月6日电  （记者谷青禾）连接江屿市与邻近两县的首条城际公交线路6日开通。',
    '线路全长46公里，沿途设站12个，票价按里程分段计算。',
  ],
}

const cases: Array<[string, Written]> = [
  [
    'a kicker without a dash, over a title of parallel phrases',
    {
      kicker: '湖川省青禾县推行“一窗通办”改革',
      title: '减少群众跑腿  提升办事效率',
      byline: '本报记者  周  岚',
      body: [
        '走进青禾县政务服务中心，办事群众在一个窗口就能办完全部手续。',
        '县里还将推动更多事项网上办理。',
      ],
    },
  ],
  [
    'a kicker ending in a dash, and a title opening with a quote and a column tag',
    {
      kicker: '退休教师三十年坚持义务辅导留守儿童——',
      title: '“孩子们的笑脸就是我的收获”（身边人）',
      byline: '本报记者  欧阳晓岚',
      body: ['清晨六点，村小的教室里已经亮起了灯。', '三十年来，她辅导过的孩子有四百多名。'],
    },
  ],
  [
    'a title with a subtitle that starts with a dash',
    {
      title: '守护一方平安',
      subtitle: '——记湖川省优秀人民警察群体',
      byline: '本报记者  蒋  原  田晓溪',
      body: ['他们扎根基层，默默守护着群众的安宁。', '一年来，他们共调解矛盾纠纷三百余起。'],
    },
  ],
  [
    'kicker, title and subtitle',
    {
      kicker: '全省春季植树活动启动',
      title: '绿化荒山  共建美丽家园',
      subtitle: '今年计划造林一百万亩',
      byline: '南江日报记者  曹  宁',
      body: ['植树节前夕，各地干部群众纷纷走上山头植树。', '今年全省计划完成造林一百万亩。'],
    },
  ],
  [
    'a commentary: column-tagged title, the author alone on the line below',
    {
      title: '把小事办成暖心事（民生观）',
      byline: '韩  露',
      body: [
        '社区门口新装了一排长椅，老人们散步累了有了歇脚的地方。',
        '民生无小事，办好每一件小事，群众的获得感就会多一分。',
      ],
      credits: ['（作者为湖川省社会科学院研究员）', '（摘编自《南江日报》，原题为《小事见初心》）'],
    },
  ],
  [
    'names without a role under the title, and a reporter joining the writing',
    {
      title: '夜市点亮县城烟火气',
      byline: '宋建国  吕  洋',
      body: ['夜幕降临，县城滨河路上的夜市热闹起来。', '摊主们说，今年的生意比去年好了不少。'],
      credits: ['（本报通讯员杨小满参与采写）'],
    },
  ],
  [
    'crossheads and summary points inside one article',
    {
      title: '老旧小区改造让居民住得更舒心',
      byline: '本报记者  潘  越',
      body: [
        '■ 今年全市将改造老旧小区180个',
        '■ 改造内容由居民投票决定',
        '去年以来，全市启动新一轮老旧小区改造。',
        '加装电梯解难题',
        '住在六楼的老人说，电梯装好后下楼方便多了。',
        '补齐设施惠民生',
        '小区里新建了养老服务站和停车位。',
      ],
    },
  ],
  [
    'a photo report closed by its photographers',
    {
      title: '春耕正当时',
      body: [
        '4月5日，农民在湖川省青禾县的田间驾驶农机翻耕土地。',
        '当地今年推广机械化插秧面积超过十万亩。',
      ],
      closingByline: '蔡明远  钟小雨摄影报道',
    },
  ],
  [
    'a labelled credit at the end, as local papers print it',
    {
      title: '城区新增三处口袋公园',
      body: ['近日，城区新建的三处口袋公园陆续开放。', '市民可以在家门口休闲健身。'],
      closingByline: '■记者 卢明亮 通讯员 贺小溪',
    },
  ],
  [
    'a credit in parentheses with names only',
    {
      title: '乡村书屋成了孩子们的乐园',
      body: ['周末的乡村书屋里坐满了前来看书的孩子。', '书屋还定期举办读书分享会。'],
      closingByline: '（郑  朗  白雨桐）',
    },
  ],
  [
    'an interview closed by its note',
    {
      title: '让非遗技艺走进日常生活',
      body: ['非遗如何更好融入现代生活？', '“关键是让年轻人愿意学、学得会。”'],
      closingByline: '（本报记者孔晓帆采访整理）',
    },
  ],
  [
    'a reader’s letter closed by its signature',
    {
      kicker: '湖川省南江市滨湖区——',
      title: '小区路灯修好了（反馈）',
      body: ['此前本版刊登读者来信，反映小区路灯长期不亮的问题。', '近日，有关部门已完成维修。'],
      // A signature names no one the parser can credit: it stays a credit line.
      credits: ['湖川省南江市  许先生'],
    },
  ],
  [
    'Traditional script: a kicker, a title and 本報記者',
    {
      kicker: '湖川省推動產業轉型升級',
      title: '科技賦能  製造向新',
      byline: '本報記者  劉  暢',
      body: [
        '走進園區，一條條智能生產線正在高效運轉。',
        '今年一季度，園區產值同比增長百分之十二。',
      ],
    },
  ],
]

describe.each(LAYOUTS)('%s layout', (layout) => {
  it.each(cases)('%s', (_, written) => {
    const issue = parse(layOut([before, written, after], layout))
    expect(issue.articles.map(shape)).toEqual(
      [before, written, after].map((w) => ({
        kicker: w.kicker ?? null,
        title: w.title,
        subtitle: w.subtitle ?? null,
        byline: bylineText(w),
        paragraphs: w.body.length,
        credits: w.credits ?? [],
      })),
    )
  })
})

describe('bylines', () => {
  it.each([
    ['本报北京5月6日电  （记者王  朗）', '本报北京5月6日电', [['王朗', '记者']]],
    [
      '新华社南江5月6日电  （记者 林晓 田雨）',
      '新华社南江5月6日电',
      [
        ['林晓', '记者'],
        ['田雨', '记者'],
      ],
    ],
    ['据新华社电', '据新华社电', []],
    ['本报电  （记者 宋禾）', '本报电', [['宋禾', '记者']]],
    ['本报江屿讯', '本报江屿讯', []],
    ['本报5月6日讯  （记者 方舟）', '本报5月6日讯', [['方舟', '记者']]],
  ])('an inline dateline opens the first paragraph: %s', (lead, dateline, reporters) => {
    const text = `县里举办春季招聘会\n\n${lead}5月6日，县里举办春季招聘会。\n\n共有80家企业参加。`
    const [article] = parse(text).articles
    expect(article.title.text).toBe('县里举办春季招聘会')
    expect(article.byline?.dateline).toBe(dateline)
    expect(article.byline?.reporters.map((r) => [r.name, r.role])).toEqual(reporters)
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '5月6日，县里举办春季招聘会。',
      '共有80家企业参加。',
    ])
  })

  it('reads padded reporter names and an outlet before the role', () => {
    const text = '码头迎来新航线\n\n东海日报记者  王  明  李晓东\n\n新航线本月开通。'
    const [article] = parse(text).articles
    expect(article.byline?.reporters).toEqual([
      { name: '王明', role: '东海日报记者' },
      { name: '李晓东', role: '东海日报记者' },
    ])
  })
})

describe('where the parser is unsure, it says so', () => {
  it('marks a two-line headline block with no cue as unsure of its title', () => {
    const text =
      '青禾县建设数字乡村\n\n信息服务进村入户\n\n本报记者  林  舟\n\n全县已建成数字服务站60个。'
    const [article] = parse(text).articles
    expect(article.kicker?.text).toBe('青禾县建设数字乡村')
    expect(article.title.text).toBe('信息服务进村入户')
    expect(article.doubts).toContain('title')
  })

  it('marks an article without a headline as untitled', () => {
    const [article] = parse('全县已建成数字服务站60个。\n\n服务站提供代办代缴等服务。').articles
    expect(article.doubts).toEqual(['untitled'])
  })

  it('marks nothing when the cues decide', () => {
    const text =
      '全力以赴抓落实——\n\n全县重点项目开工\n\n本报记者  林  舟\n\n今年全县重点项目开工58个。'
    expect(parse(text).articles[0].doubts).toEqual([])
  })
})
