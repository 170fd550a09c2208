// Common Chinese surnames, in Simplified and Traditional script: genre knowledge shared by the
// parser (is a short line under a headline a name?) and the recogniser (can a span start a name?).
// Deliberately leaves out rare surnames that are everyday words (全, 新, 风, 和, 信…).

const single =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏' +
  '魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛阎闫段雷侯龙史陶黎贺顾毛郝' +
  '龚邵万钱严覃武戴莫孔汤易常温康施文牛樊葛邢安齐伍庞颜倪聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘' +
  '祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶' +
  '解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵' +
  '苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝于向揭滑胥赖洪郁鄢冼'

const double =
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 呼延'

/**
 * The Traditional forms of the surnames above, as OpenCC 1.1 (`s2t` and `s2tw`) writes them, so
 * that Big5 and Traditional-script files read alike. Generated once from `single`; it keeps
 * OpenCC's usual renderings of names (范 → 範, 余 → 餘), which is what converted text contains.
 */
const traditional =
  '劉叢吳呂單嚴塗婁孫宮寧嶽師張應於時楊榮欒歐湯溫畢盧竇範簡紀繆羅聶華萬葉蔣藍蘆蘇蘭衛許謝譚費賀賈賴趙車農連遊遲邊鄒鄔鄧鄭鄺錢鍾閆閔閻關陳陸陽鞏韋韓項顏顧餘饒馬馮駱鬱魯鮑麥黃黨齊龍龐龔'

const doubleTraditional =
  '歐陽 司馬 諸葛 上官 東方 皇甫 尉遲 公孫 慕容 令狐 長孫 宇文 司徒 夏侯 軒轅 端木 獨孤 南宮 西門 呼延'

/** Surnames that are also frequent function words or word starts: trusted only in strong contexts. */
const ambiguous = new Set('和全向于明时成文高安常华万连应关党宫解单车项路景'.split(''))

const singleSet = new Set((single.replace(/[和全]/g, '') + traditional).split(''))
/** Two-character surnames (欧阳, 司马…), in both scripts. */
export const doubleSurnameList: readonly string[] = [
  ...double.split(' '),
  ...doubleTraditional.split(' '),
]
const doubleSet = new Set(doubleSurnameList)

/** Length of the surname at `i` (2 for 欧阳, 1 for 刘), or 0 when none starts there. */
export function surnameAt(text: string, i: number): number {
  if (doubleSet.has(text.slice(i, i + 2))) return 2
  return singleSet.has(text[i]) ? 1 : 0
}

export function isAmbiguousSurname(ch: string): boolean {
  return ambiguous.has(ch)
}
