// Saved web pages read as articles: headline block as the markup states it, byline, paragraphs
// and credits, with scripts, styles, navigation, side columns, share buttons, comments and
// footers left out; the page's charset decoded; the paper, date and page from its metadata.

import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readHtmlPage } from '../../../../src/main/core/formats/html/read-html-page'
import { readIssue, type ReadIssue } from '../../../../src/main/core/read-issue'
import type { Article, ParsedIssue } from '../../../../src/shared/model'
import { CodePointIndex } from '../../../../src/shared/offsets'
import {
  NO_ARTICLE_PAGE,
  epaperArticlePage,
  escapeHtml,
  localNewsSitePage,
  preformattedPage,
  severalStoriesPage,
} from './html-fixtures'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** Every span of every article, credits included, slices to its text, in reading order. */
function expectSpansSliceText(text: string, parsed: ParsedIssue): void {
  let end = 0
  for (const a of parsed.articles) {
    const spans = [
      ...(a.kicker ? [a.kicker] : []),
      a.title,
      ...a.subtitles,
      ...(a.byline ? [a.byline] : []),
      ...a.paragraphs,
      ...a.credits,
    ]
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(span.text)
      expect(span.start).toBeGreaterThanOrEqual(end)
      end = span.end
    }
  }
}

const texts = (article: Article) => ({
  kicker: article.kicker?.text ?? null,
  title: article.title.text,
  subtitles: article.subtitles.map((s) => s.text),
  byline: article.byline?.text ?? null,
  paragraphs: article.paragraphs.map((p) => p.text),
  credits: article.credits.map((c) => c.text),
})

describe('an e-paper article page (h3 kicker, h1 title, h2 subtitle, div#ozoom)', () => {
  let issue: ReadIssue
  it('reads the headline block, byline, paragraphs and credit as the markup states them', async () => {
    issue = await readIssue(utf8(epaperArticlePage()), 'content_0304.html')
    expect(issue.format).toBe('html')
    expect(issue.parsed.articles).toHaveLength(1)
    const article = issue.parsed.articles[0]
    expect(texts(article)).toEqual({
      kicker: '守护一湖碧水——',
      title: '湖区治理迈出新步伐',
      subtitles: ['三年修复湿地四千亩'],
      byline: '本报记者  林  溪',
      paragraphs: [
        '春分前后，湖区的候鸟越来越多。沿湖各乡镇拆除围网，退渔还湿，湖水一年比一年清。',
        '“过去水是浑的，现在能看见水草。”渔民𠀀大伯说，<湖长制>让人放心。',
        '一张图管到底',
        '湖区把水质监测点连成一张网，每个点都有专人负责，数据每天更新。',
      ],
      credits: ['（作者为湖区管理局干部）'],
    })
    expect(article.byline?.reporters).toEqual([{ name: '林溪', role: '本报记者' }])
    expect(article.page).toBe('第04版')
  })

  it('takes the paper and date from the page, and builds a blank-line canonical text', () => {
    expect(issue.parsed.paper).toBe('晨光日报')
    expect(issue.parsed.date).toBe('2031-03-05')
    expect(
      issue.text.startsWith('守护一湖碧水——\n\n湖区治理迈出新步伐\n\n三年修复湿地四千亩\n\n'),
    ).toBe(true)
    expectSpansSliceText(issue.text, issue.parsed)
  })

  it('leaves out scripts, styles, the masthead, navigation, title lists, share buttons and footer', () => {
    for (const gone of [
      '脚本里的文字',
      'font-size',
      '首页',
      '同一版面',
      '分享',
      '版权所有',
      '《 晨光日报 》',
    ]) {
      expect(issue.text).not.toContain(gone)
    }
  })

  it('keeps offsets right after an astral character, in UTF-16 and in code points', () => {
    const paragraph = issue.parsed.articles[0].paragraphs[1]
    const index = new CodePointIndex(issue.text)
    const cps = Array.from(issue.text)
    expect(
      cps.slice(index.toCodePoint(paragraph.start), index.toCodePoint(paragraph.end)).join(''),
    ).toBe(paragraph.text)
  })

  it('takes a byline set in a heading under the title for the byline (older e-paper pages)', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><div class="text_c">
      <h3></h3><h1>稻田里的新农人</h1><h2></h2><h4>本报记者  唐  禾</h4>
      <div class="c_c"><div id="ozoom"><p>\u3000\u3000清晨六点，返乡青年已经在田埂上调试无人机了。</p></div></div>
      </div></body></html>`
    const page = await readIssue(utf8(html), 'old.htm')
    const article = page.parsed.articles[0]
    expect(texts(article)).toMatchObject({ kicker: null, title: '稻田里的新农人', subtitles: [] })
    expect(article.byline).toMatchObject({
      text: '本报记者 唐 禾',
      reporters: [{ name: '唐禾', role: '本报记者' }],
    })
  })

  it('reads an empty kicker heading as no kicker', async () => {
    const page = await readIssue(utf8(epaperArticlePage({ kicker: '' })), 'p.html')
    expect(page.parsed.articles[0].kicker).toBeNull()
    expect(page.parsed.articles[0].title.text).toBe('湖区治理迈出新步伐')
  })
})

describe('charsets', () => {
  const gbkPage = (meta: string) =>
    new Uint8Array(
      iconv.encode(epaperArticlePage({ charsetMeta: meta }).replace('𠀀', '王'), 'gbk'),
    )

  it.each([
    ['<meta charset="gbk">', 'meta charset'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'http-equiv'],
    ['', 'no declaration at all'],
  ])('decodes a GBK page declared by %s (%s)', async (meta) => {
    const issue = await readIssue(gbkPage(meta), 'gbk.htm')
    expect(issue.encoding).toBe('gb18030')
    expect(issue.parsed.articles[0].title.text).toBe('湖区治理迈出新步伐')
    expect(issue.parsed.articles[0].paragraphs[1].text).toContain('渔民王大伯说')
  })

  it('decodes a UTF-8 page that still declares GBK (re-saved by a browser)', async () => {
    const issue = await readIssue(
      utf8(epaperArticlePage({ charsetMeta: '<meta charset="gbk">' })),
      'x.html',
    )
    expect(issue.encoding).toBe('utf-8')
    expect(issue.parsed.articles[0].paragraphs[1].text).toContain('𠀀')
  })

  it('decodes a Big5 page, and UTF-16 pages with and without a byte-order mark', async () => {
    const traditional = epaperArticlePage({ charsetMeta: '<meta charset="big5">' })
      .replaceAll('湖区治理迈出新步伐', '湖區治理邁出新步伐')
      .replace('𠀀', '王')
    const big5 = await readIssue(new Uint8Array(iconv.encode(traditional, 'big5')), 'b5.htm')
    expect(big5.encoding).toBe('big5')
    expect(big5.parsed.articles[0].title.text).toBe('湖區治理邁出新步伐')
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(epaperArticlePage(), 'utf-16le')])
    const page = await readIssue(utf16, 'u16.htm')
    expect(page.encoding).toBe('utf-16le')
    expect(page.parsed.articles[0].title.text).toBe('湖区治理迈出新步伐')
    const bomless = await readIssue(
      new Uint8Array(iconv.encode(epaperArticlePage(), 'utf-16be')),
      'be.htm',
    )
    expect(bomless).toMatchObject({ format: 'html', encoding: 'utf-16be' })
    expect(bomless.parsed.articles[0].title.text).toBe('湖区治理迈出新步伐')
  })
})

describe('a local news site page', () => {
  it('reads the story and drops masthead, navigation, breadcrumbs, side column, comments, editor line', async () => {
    const issue = await readIssue(utf8(localNewsSitePage()), 'laojie.html')
    expect(issue.parsed.articles).toHaveLength(1)
    const article = issue.parsed.articles[0]
    expect(article.title.text).toBe('老街改造让居民住得更舒心')
    // The inline dateline opening the first paragraph is the byline, as in a text file.
    expect(article.byline).toMatchObject({
      text: '溪口晚报讯（记者 方  禾 通讯员 陶然）',
      dateline: '溪口晚报讯',
      reporters: [
        { name: '方禾', role: '记者' },
        { name: '陶然', role: '通讯员' },
      ],
    })
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '连日来，老街改造工程进入收尾阶段，沿街的青石板路重新铺好了。',
      '改造前，老街排水不畅，一下雨就积水。改造中，施工方重新铺设了雨污管网，还给每栋老房子做了外墙修缮。',
      '街坊们说，现在晚饭后出来走走，心情都不一样了。',
    ])
    for (const gone of [
      '溪口网',
      '首页',
      '搜索',
      '网友评论',
      '点赞',
      '热点新闻',
      '广告',
      '责任编辑',
      '微信',
      '版权所有',
    ]) {
      expect(issue.text).not.toContain(gone)
    }
    expect(issue.parsed.paper).toBe('溪口晚报')
    expect(issue.parsed.date).toBe('2031-06-01')
    expectSpansSliceText(issue.text, issue.parsed)
  })
})

describe('pages with several stories', () => {
  it.each([
    ['in <article> elements', true],
    ['in repeated containers', false],
  ])('yields one article per story %s', async (_, useArticles) => {
    const issue = await readIssue(utf8(severalStoriesPage(useArticles)), 'yaowen.html')
    expect(issue.parsed.articles.map(texts)).toEqual([
      {
        kicker: null,
        title: '新桥合龙 两岸通行更便捷',
        subtitles: [],
        byline: '记者 孔明远',
        paragraphs: [
          '横跨河面的新桥昨日顺利合龙，预计年底前通车，两岸居民往来将节省半小时。',
          '新桥设有非机动车道和人行道，方便市民骑行和步行。',
        ],
        credits: [],
      },
      {
        kicker: null,
        title: '社区图书角迎来新书',
        subtitles: [],
        byline: '作者：叶知秋',
        paragraphs: ['社区图书角昨天迎来了一批新书，涵盖少儿读物、科普和文学等类别。'],
        credits: [],
      },
    ])
    expect(issue.parsed.articles[1].byline?.reporters).toEqual([{ name: '叶知秋', role: null }])
    expect(issue.parsed.paper).toBe('河畔日报')
    expect(issue.text).not.toContain('首页')
    expectSpansSliceText(issue.text, issue.parsed)
  })
})

describe('pages without headline markup, or without an article', () => {
  it('hands a text file wrapped in <pre> to the text parser', async () => {
    const text =
      '新区建设提速\n\n本报记者  王  明\n\n今年以来，新区建设全面提速，一批重点项目陆续开工。\n\n新区负责人介绍，全年计划完成投资两百亿元。'
    const issue = await readIssue(utf8(preformattedPage(text)), 'archive.html')
    expect(issue.format).toBe('html')
    expect(issue.text).toBe(text)
    expect(issue.parsed.articles[0].title.text).toBe('新区建设提速')
    expect(issue.parsed.articles[0].byline?.text).toBe('本报记者  王  明')
  })

  it('refuses a page with no article, naming the file and the reason', async () => {
    await expect(readIssue(utf8(NO_ARTICLE_PAGE), 'login.html')).rejects.toMatchObject({
      code: 'file-unparsable',
      message: expect.stringMatching(/login\.html.*no article/),
    })
  })

  it('reads XHTML with an XML declaration as a page', async () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?>\n${epaperArticlePage().replace('<!DOCTYPE html>', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">')}`
    const issue = await readIssue(utf8(xhtml), 'page.xhtml')
    expect(issue.parsed.articles[0].title.text).toBe('湖区治理迈出新步伐')
  })
})

describe('readHtmlPage (property)', () => {
  const hanText = fc
    .array(
      fc.constantFrom('春', '湖', '水', '清', '𠀀', '，', '。', '<', '&', '“', ' ', 'A', '1'),
      {
        minLength: 12,
        maxLength: 40,
      },
    )
    .map((chars) => `湖区春水清澈湖水长清${chars.join('')}`)
  const headline = fc
    .array(fc.constantFrom('新', '区', '湖', '𠀀', '&', ' '), { minLength: 2, maxLength: 12 })
    .map((chars) => `标题${chars.join('')}`)

  // Paragraphs carry ten Han characters at least: shorter ones are captions or buttons.
  it('gives back every paragraph as written, with spans that slice the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: headline,
            paragraphs: fc.array(hanText, { minLength: 1, maxLength: 4 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (stories) => {
          const html = `<html><body>${stories
            .map(
              (s) =>
                `<article><h1>${escapeHtml(s.title)}</h1>${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>`,
            )
            .join('')}</body></html>`
          const page = readHtmlPage(html)
          expect(page.kind).toBe('articles')
          if (page.kind !== 'articles') return
          expectSpansSliceText(page.text, page.parsed)
          const squash = (s: string) => s.replace(/ +/g, ' ').trim()
          expect(page.parsed.articles.map((a) => a.title.text)).toEqual(
            stories.map((s) => squash(s.title)),
          )
          expect(page.parsed.articles.flatMap((a) => a.paragraphs.map((p) => p.text))).toEqual(
            stories.flatMap((s) => s.paragraphs.map(squash)),
          )
        },
      ),
    )
  })
})
