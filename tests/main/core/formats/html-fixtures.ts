// Saved web pages in the shapes researchers bring, written by hand with invented text: an
// e-paper article page (h3 kicker, h1 title, h2 subtitle, `div#ozoom`), a local news site with
// masthead, navigation, breadcrumbs, side column, share buttons, comments and footer, a page
// listing several stories, and pages with no article at all.

/** Two ideographic spaces: the indent e-paper paragraphs are printed with. */
const INDENT = '\u3000\u3000'

export interface EpaperOptions {
  /** The `<meta>` that declares the charset, or none. */
  charsetMeta?: string
  kicker?: string
}

export function epaperArticlePage({
  charsetMeta = '<meta charset="utf-8">',
  kicker = '守护一湖碧水——',
}: EpaperOptions = {}): string {
  return `<!DOCTYPE html>
<html><head>${charsetMeta}
<title>湖区治理迈出新步伐--晨光日报</title>
<meta name="publishdate" content="2031-03-05">
<script>var teaser = "<p>脚本里的文字不是正文内容，不应出现</p>";</script>
<style>.article h1 { font-size: 2em }</style></head>
<body>
<div class="header"><h1>晨光日报</h1><div class="nav"><a href="#">首页</a> <a href="#">要闻</a></div></div>
<div class="main">
 <div class="left"><ul id="titleList">
  <li><a href="a.htm">同一版面另一篇文章的标题在这里</a></li>
  <li><a href="b.htm">同一版面第三篇文章的标题在这里</a></li>
 </ul></div>
 <div class="article">
  <h3>${kicker}</h3>
  <h1>湖区治理迈出新步伐</h1>
  <h2>三年修复湿地四千亩</h2>
  <p class="sec">本报记者&nbsp;&nbsp;林&nbsp;&nbsp;溪</p>
  <div class="date">《 晨光日报 》（ 2031年03月05日 第 04 版）</div>
  <div id="ozoom"><founder-content>
   <p>${INDENT}春分前后，湖区的候鸟越来越多。沿湖各乡镇拆除围网，退渔还湿，湖水一年比一年清。</p>
   <p>${INDENT}“过去水是浑的，现在能看见水草。”渔民𠀀大伯说，&lt;湖长制&gt;让人放心。</p>
   <h3>一张图管到底</h3>
   <p>${INDENT}湖区把水质监测点连成一张网，每个点都有专人负责，数据每天更新。</p>
   <p>（作者为湖区管理局干部）</p>
  </founder-content></div>
  <div class="share"><a>分享到微信朋友圈</a><span>分享给更多的朋友看看这一篇文章吧</span></div>
 </div>
</div>
<div class="footer">版权所有 晨光日报社 未经书面授权不得转载本网站任何内容，违者必究。</div>
</body></html>`
}

export function localNewsSitePage(): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>老街改造让居民住得更舒心_本地新闻_溪口网</title>
<meta property="og:site_name" content="溪口网">
<meta property="article:published_time" content="2031-06-01T09:30:00+08:00">
<link rel="stylesheet" href="site.css"><script src="stats.js"></script></head>
<body>
<header class="site-header"><a class="logo" href="/"><h1>溪口网</h1></a>
 <nav><ul><li><a href="/">首页</a></li><li><a href="/local">本地</a></li><li><a href="/life">生活</a></li></ul></nav>
 <form class="search"><input name="q"><button>搜索</button></form>
</header>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/local">本地新闻</a> &gt; 正文</div>
<div class="wrap">
 <div class="main-col">
  <div class="news-detail">
   <h1 class="title">老街改造让居民住得更舒心</h1>
   <div class="info"><span class="source">来源：溪口晚报</span> <span class="time">2031-06-01 09:30</span></div>
   <div class="content">
    <p>溪口晚报讯（记者 方&nbsp;&nbsp;禾 通讯员 陶然）连日来，老街改造工程进入收尾阶段，沿街的青石板路重新铺好了。</p>
    <p>改造前，老街排水不畅，一下雨就积水。改造中，施工方重新铺设了雨污管网，还给每栋老房子做了外墙修缮。</p>
    <p>街坊们说，现在晚饭后出来走走，心情都不一样了。</p>
   </div>
   <div class="bdsharebuttonbox"><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
   <div class="editor">（责任编辑：韩冬）</div>
  </div>
  <div id="comments"><h3>网友评论</h3>
   <div class="comment-item"><p>这条老街我小时候天天走，改造以后真的变漂亮了，点赞！</p></div>
   <div class="comment-item"><p>希望别的老街也能这样改一改，排水问题困扰大家很多年了。</p></div>
  </div>
 </div>
 <aside class="sidebar"><h2>热点新闻</h2>
  <ul><li><a href="/1">城区新开三条公交线路方便市民出行</a></li><li><a href="/2">周末气温回升适合户外踏青</a></li></ul>
  <div class="ad"><p>广告：本地家装节火热进行中，全场折扣低至五折起。</p></div>
 </aside>
</div>
<footer><p>溪口网版权所有 未经授权禁止复制或建立镜像，联系电话：0000-0000000</p></footer>
</body></html>`
}

/** Two stories in `<article>` elements, and the same shape without them. */
export function severalStoriesPage(useArticleElements: boolean): string {
  const tag = useArticleElements ? 'article' : 'div'
  const story = (title: string, byline: string, paragraphs: string[]) =>
    `<${tag} class="story"><h2>${title}</h2><p class="author">${byline}</p>${paragraphs
      .map((p) => `<p>${p}</p>`)
      .join('')}</${tag}>`
  return `<html><head><meta charset="utf-8"><title>今日要闻 - 河畔日报</title></head><body>
<div id="menu"><a>首页</a><a>要闻</a><a>社会</a></div>
<div class="stories">
${story('新桥合龙 两岸通行更便捷', '记者 孔明远', [
  '横跨河面的新桥昨日顺利合龙，预计年底前通车，两岸居民往来将节省半小时。',
  '新桥设有非机动车道和人行道，方便市民骑行和步行。',
])}
${story('社区图书角迎来新书', '作者：叶知秋', [
  '社区图书角昨天迎来了一批新书，涵盖少儿读物、科普和文学等类别。',
])}
</div>
<div class="copyright">河畔日报社 版权所有 转载请注明出处 谢谢合作</div>
</body></html>`
}

export const NO_ARTICLE_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in</title></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<form class="login"><label>User name</label><input name="u"><button>Sign in</button></form>
<p>Welcome back. Please sign in to read today's paper.</p></body></html>`

/** An issue's text file wrapped in a page (`<pre>`), as some archives serve them. */
export function preformattedPage(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<html><head><meta charset="utf-8"></head><body><pre>${escaped}</pre></body></html>`
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
