// What the words of a quotation and the words around it say about it: vetoes that mark an
// utterance, a figure of speech or a name, and cues that introduce a policy formula.

// First- and second-person and personal pronouns: someone is speaking (其他, 自我 are not).
const pronoun = /(?<![其自利])[我你您他她它咱俺]/
const questionWord = /什么|怎么|为什么|为何|哪|谁|吗|啥|咋|如何|多少|是否|难道/
const speechVerb = /说|告诉|表示|认为|问道|答道|叫道|听说|谢谢/
const interjection = /[唉哎嗨喂嗯哇啊呀哦]/
const sentenceFinalParticle = /[吧啊呀哇嘛哦哟啦呢吗了么嘞咯]$/
// A formula is written in Chinese; digits and Latin letters outside a plus formula are a
// model number, a code name or a date (００７, ＣＤＭＡ, ’９８…).
const foreignCharacters = /[^\u4e00-\u9fff、—－·（）]/

/** The quotation reads as an utterance, a question or an exclamation, or is not Chinese words. */
export function hasUtteranceVeto(content: string): boolean {
  return (
    pronoun.test(content) ||
    questionWord.test(content) ||
    speechVerb.test(content) ||
    interjection.test(content) ||
    sentenceFinalParticle.test(content) ||
    foreignCharacters.test(content)
  )
}

// Before the opening mark: speech (他说：“…”), a name being given (简称“…”, 被誉为“…”)
// or an honour being awarded (荣获“…”称号).
const namingOrSpeechBefore =
  /(?:说|道|问|称|表示|喊|[：:]|简称|称为|称作|誉为|号称|叫做|名为|名叫|代号|绰号|外号|昵称|命名为|荣获|授予|获得|评为)$/
// After the closing mark: a brand, a work, an honour, a company or a platform.
const nameAfter =
  /^(?:牌|品牌|商标|公司|集团|平台|栏目|节目|奖(?![励惩])|杯|称号|荣誉称号|节(?![约能点省水])|一等奖|获得者|客户端|影片|电影|歌曲|系列|卫星|标识|体验中心|之称|美称|美誉)/

export function hasNamingVeto(before: string, after: string): boolean {
  return namingOrSpeechBefore.test(before) || nameAfter.test(after)
}

// A policy formula is introduced as the name of a principle, campaign or mode of work:
// 坚持“…”的原则, 开展“…”活动, 推行“…”改革.
const policyNounAfter =
  /^(?:的|等|这一|这个)?(?:活动|工程|行动|战略|原则|方针|政策|模式|机制|改革|理念|口号|号召|总要求|要求|试点|期间|时期|计划|精神|制度|体系|格局|工作法|思想|目标|方略|部署|倡议|经验|专项|攻坚战|战役|工作|服务|建设|准则|方案)/
const policyVerbBefore =
  /(?:实施|推行|开展|坚持|贯彻|落实|推广|深化|实行|遵循|秉持|提出|倡导|践行|弘扬|发扬|推进|探索|试行|创建|按照|树立)(?:了|好|着)?$/

export const hasPolicyNounAfter = (after: string): boolean => policyNounAfter.test(after)
export const hasPolicyVerbBefore = (before: string): boolean => policyVerbBefore.test(before)
