import { describe, expect, it } from 'vitest'
import { getEngine } from '../../../../src/main/engines/engine-registry'
import { termRule } from '../../../../src/main/core/entities/rules/term-rule'
import { segmentText } from '../../../../src/main/core/entities/segment-text'
import { recogniseEntities } from '../../../../src/main/core/entities/recognise-entities'
import { surfaces } from './support'

// Invented sentences in the genre; each names the quotation or word expected as a term.
const terms = (text: string): string[] =>
  termRule({ text, seg: segmentText(text, getEngine()) }).map((c) => text.slice(c.start, c.end))

const cases = (rows: [string, string[]][]): void => {
  it.each(rows)('%s → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected)
  })
}

describe('a quotation with a formula shape is a term', () => {
  cases([
    ['全县上下学习“四个坚持”，干劲十足。', ['四个坚持']],
    ['“十六五”开局之年，项目陆续落地。', ['十六五']],
    ['村里探索“三治”新路。', ['三治']],
    ['镇上推出“一户一码”，方便登记。', ['一户一码']],
    ['群众反映的“停车难”得到缓解。', ['停车难']],
    ['该县的“春雨工程”惠及万户。', ['春雨工程']],
    ['他们总结出“山泉精神”。', ['山泉精神']],
    ['全面推进“数字化”。', ['数字化']],
    ['探索“旅游+康养”，吸引游客。', ['旅游+康养']],
    ['试行“1+3+N”，成效初显。', ['1+3+N']],
    ['形成“小事不出村、大事不出镇”的局面。', ['小事不出村、大事不出镇']],
    ['坚持“公开、公平、公正”。', ['公开、公平、公正']],
    ['推动“农、文、旅”融合。', ['农、文、旅']],
    ['借鉴“山城模式”。', ['山城模式']],
    ['落实“两个优先”奖励办法。', ['两个优先']],
  ])
})

describe('a quotation introduced as a policy is a term', () => {
  cases([
    ['街道开展“清洁家园月”活动。', ['清洁家园月']],
    ['全区推行“片区包干”改革。', ['片区包干']],
    ['按照“属地管理”的原则推进。', ['属地管理']],
    ['推广“田间课堂”“夜间讲堂”服务。', ['田间课堂', '夜间讲堂']],
  ])
})

describe('a known formulation is a term, quoted or as a whole word', () => {
  cases([
    ['深化“放管服”改革。', ['放管服']],
    ['农产品“走出去”步伐加快。', ['走出去']],
    ['全力推进乡村振兴，建设美丽村庄。', ['乡村振兴']],
    ['县里实施乡村振兴战略。', ['乡村振兴战略']],
    // outside quotes an ordinary phrase stays a phrase
    ['毕业后他走出去闯荡。', []],
  ])
})

describe('speech, scare quotes, names and idioms are not terms', () => {
  cases([
    ['她笑着说，“我们村变样了”。', []], // pronoun, particle
    ['“这是为什么”，老人问。', []], // question word
    ['“谁来管”成了难题。', []],
    ['记者说“太好啦”。', []], // particle
    ['“哎呀”一声，门开了。', []], // interjection
    ['“听说要修路”的消息传开。', []], // verb of speech
    ['货车司机成了路上的“候鸟”。', []], // a word in scare quotes
    ['这家企业堪称行业“领头雁”。', []],
    ['双方“一拍即合”。', []], // idiom
    ['他对这事“心知肚明”。', []],
    ['当地人称“小江南”。', []], // a name being given
    ['以下简称“城投四号”。', []],
    ['厂里的“金穗”牌面粉畅销。', []], // brand
    ['他荣获“优秀园丁”称号。', []], // honour
    ['“青山二号”卫星升空。', []], // code name with a numeral, then a satellite
    ['新款“ＸＹ２０”上市。', []], // model number
    ['“三八”节当天举行。', []], // holiday, all numerals
    ['买进“四川长虹”股票。', []], // one organisation's name
    ['市民在“北京、上海”两地往返。', []], // a plain list
    ['评出“十佳”标兵。', []], // honour count
  ])
})

describe('terms in the whole recogniser', () => {
  it('a place inside a quoted campaign keeps the place and drops the term', () => {
    const found = recogniseEntities('开展“清河县文明实践”活动。', { engine: getEngine() })
    expect(surfaces(found, 'place')).toEqual(['清河县'])
  })
  it('an unquoted formulation is marked once, however often it appears', () => {
    const found = recogniseEntities('坚持共同富裕方向，扎实推进共同富裕。', { engine: getEngine() })
    expect(surfaces(found, 'term')).toEqual(['共同富裕', '共同富裕'])
  })
})
