import { describe, expect, it } from 'vitest'
import { recogniseEntities } from '../../../../src/main/core/entities/recognise-entities'
import { getEngine } from '../../../../src/main/engines/engine-registry'
import type { EntityType } from '../../../../src/shared/model'
import { surfaces } from './support'

const defaultEngine = getEngine()

// Invented sentences in the genre; [text, type, expected surfaces of that type].
type Row = [string, EntityType, string[]]

const check = (rows: Row[]): void => {
  it.each(rows)('%s → %s', (text, type, expected) => {
    expect(surfaces(recogniseEntities(text, { engine: defaultEngine }), type)).toEqual(expected)
  })
}

describe('office title + name', () => {
  check([
    ['市委书记林海波在会上强调,要抓好落实。', 'person', ['林海波']],
    ['市委副书记、市长蒋文斌主持会议。', 'person', ['蒋文斌']],
    ['市委副书记、市长蒋文斌主持会议。', 'title', ['市委副书记', '市长']],
    ['省妇联副主席冯雪出席。', 'person', ['冯雪']],
    ['县人民法院院长欧阳振华作报告。', 'person', ['欧阳振华']],
    ['市政府秘书长潘立军参加学习。', 'title', ['秘书长']],
    ['市政府秘书长潘立军参加学习。', 'org', ['市政府']],
    ['市委常委、副市长白晓东陪同。', 'title', ['市委常委', '副市长']],
    // negatives: a title not followed by a name; 市长 hidden inside 城市长远
    ['院长表示,医院将扩建门诊楼。', 'person', []],
    ['推动城市长远发展。', 'title', []],
  ])
})

describe('name lists and lone names after 市领导', () => {
  check([
    ['市领导韩明亮、邵丽君、卢志强及各县负责人参加。', 'person', ['韩明亮', '邵丽君', '卢志强']],
    ['市领导汤建新宣布获奖名单。', 'person', ['汤建新']],
    ['出席的还有曹洁、孔繁星、欧阳明月。', 'person', ['曹洁', '孔繁星', '欧阳明月']],
    // negatives: lists of things, not people
    ['加快发展健康、养老、教育等消费新模式。', 'person', []],
    ['抢速度、抓落实、保目标。', 'person', []],
  ])
})

describe('bylines and credits', () => {
  check([
    ['滨江日报讯 (全媒体记者 覃思远)', 'person', ['覃思远']],
    ['本报讯(记者 柯静 通讯员 黎向东 贺一帆)', 'person', ['柯静', '黎向东', '贺一帆']],
    ['滨江日报讯 (全媒体记者 覃思远)', 'org', ['滨江日报']],
    // negative: 记者 in prose is not a byline
    ['记者们纷纷前往现场采访。', 'person', []],
  ])
})

describe('names back to back in a headline', () => {
  check([
    ['石振东郝春燕致辞 李春雷出席', 'person', ['石振东', '郝春燕']],
    ['市委书记石振东讲话。\n石振东郝文致辞', 'person', ['石振东', '石振东', '郝文']],
    // negative: an ordinary phrase before a verb
    ['大会隆重开幕领导出席', 'person', []],
  ])
})

describe('segmenter traps and false names', () => {
  check([
    ['会上,市统计局负责人领学习近平总书记重要讲话。', 'person', ['习近平']],
    ['会上,市统计局负责人领学习近平总书记重要讲话。', 'org', ['市统计局']],
    ['各级干部要大兴调查研究之风,稳中有进。', 'person', []],
    ['我们要追求卓越,争创荣誉。', 'person', []],
  ])
})

describe('organisations', () => {
  check([
    ['市市场监督管理局负责人接听热线。', 'org', ['市市场监督管理局']],
    [
      '省总工会、市中级人民法院、县教育局联合发文。',
      'org',
      ['省总工会', '市中级人民法院', '县教育局'],
    ],
    ['确保市委、市政府各项决策部署落地。', 'org', ['市委', '市政府']],
    ['市委副书记出席。', 'org', []],
    [
      '市发展和改革委员会、市人力资源和社会保障局参加。',
      'org',
      ['市发展和改革委员会', '市人力资源和社会保障局'],
    ],
    ['江西省总工会党组书记讲话。', 'org', ['江西省总工会']],
    ['遇到问题可拨打12345热线。', 'org', ['12345热线']],
    ['朱健参加市政府办开展的活动。', 'org', ['市政府办']],
    // negatives: 全市/市场/市民 start no body; 市委和市政府 are two bodies
    ['全市经济运行平稳,市场活跃,市民满意。', 'org', []],
    ['市委和市政府高度重视。', 'org', ['市委', '市政府']],
    // a count, a pronoun or a preposition ends a body: the list or the clause is no name
    ['枫林县农业局等四家单位联合检查。', 'org', ['枫林县农业局']],
    ['青溪镇各级工会积极响应。', 'org', []],
    ['枫林县教育局通过网络发布通知。', 'org', ['枫林县教育局']],
    // an office ends a body: the party committee keeps the place, the office is a title
    ['株洲市委常委、副市长出席会议。', 'org', ['株洲市委']],
    ['株洲市委常委、副市长出席会议。', 'title', ['常委', '副市长']],
    ['株洲市委书记主持会议。', 'title', ['书记']],
    ['国务院总理出席。', 'org', ['国务院']],
    ['国务院总理出席。', 'title', ['总理']],
    // an adverb or a verb ends a body: 即采取 is no part of a government's name
    ['株洲市即组织力量抢修。', 'org', []],
  ])
})

describe('places', () => {
  check([
    ['湖北省宜昌市夷陵区', 'place', ['湖北省', '宜昌市', '夷陵区']],
    ['观摩了高新区、枝江市、当阳市重大项目。', 'place', ['高新区', '枝江市', '当阳市']],
    ['大会在宜昌国际会展中心举行。', 'place', ['宜昌国际会展中心']],
    ['颁奖典礼在这里的梅川大剧院举行。', 'place', ['梅川大剧院']],
    ['深入推进中国式现代化和中国特色社会主义建设。', 'place', []],
    ['感谢各位来宾。', 'place', []],
  ])
})

describe('time expressions', () => {
  check([
    ['4月24日—25日,观摩会举行。', 'time', ['4月24日—25日']],
    ['2023年一季度经济运行良好。', 'time', ['2023年一季度']],
    ['上午9:00—11:00,活动举行。', 'time', ['上午9:00—11:00']],
    ['25日上午,大会通报情况。', 'time', ['25日上午']],
    ['十大主导产业和14条产业链', 'time', []],
  ])
})

describe('quoted terms', () => {
  check([
    ['确保实现“双过半”。', 'term', ['双过半']],
    ['坚持“制造立市、文旅兴城”。', 'term', ['制造立市、文旅兴城']],
    // a place inside quotes outranks the term; long quoted speech is no term
    ['10个“宜昌市五一劳动奖状”', 'place', ['宜昌市']],
    ['他说:“我们一定要把这件事情办好,让群众满意放心。”', 'term', []],
  ])
})

describe('national bodies and spokespeople (wire copy)', () => {
  check([
    ['国家统计局新闻发言人张文华表示,经济延续回升态势。', 'person', ['张文华']],
    ['国家统计局新闻发言人张文华表示,经济延续回升态势。', 'org', ['国家统计局']],
    ['国家统计局新闻发言人张文华表示,经济延续回升态势。', 'title', ['新闻发言人']],
    ['国家发展和改革委员会召开发布会。', 'org', ['国家发展和改革委员会']],
    // negatives: 国家 in ordinary words starts no body
    ['创建国家级高新区,服务国家战略。', 'org', []],
    ['发言人表示欢迎。', 'person', []],
  ])
})
