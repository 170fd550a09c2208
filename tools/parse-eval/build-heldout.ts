// Builds a held-out parse-evaluation set from People's Daily vault markdown.
//
//   npx tsx tools/parse-eval/build-heldout.ts SOURCE_DIR OUTPUT_DIR [--seed N]
//
// SOURCE_DIR holds vault markdown files (front matter with title/date/section/section_name/author/
// source_url, then `### kicker`, `# title`, `## subtitle`, a `> …《人民日报》（…）` line, then the body),
// at any depth. Each day's articles become one issue file, laid out and encoded like the development
// corpus (the variant rotates from day to day), with a few seeded mid-word page breaks, plus a
// `*.expected.json` gold file in the development corpus's format. The gold is derived from the
// markdown structure only — never from Gloss's output. Neither source nor output is ever committed.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import iconv from 'iconv-lite'

type Layout = 'blank_line' | 'fullwidth_indent' | 'one_per_line' | 'labeled'
type LabelStyle =
  'bracket_full' | 'bracket_inline' | 'bracket_oneline' | 'colon_full' | 'colon_compact'
type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'gb18030' | 'big5'

interface Variant {
  readonly layout: Layout
  readonly labelStyle?: LabelStyle
  readonly encoding: Encoding
  readonly crlf: boolean
  /** Blank lines between articles (non-labeled layouts); the dev corpus uses 1–3. */
  readonly gap: number
  /** Blank lines before the first article (dev01 starts with two). */
  readonly lead: number
}

// Rotation order: the first seven already cover every layout family and five encodings.
const VARIANTS: readonly Variant[] = [
  { layout: 'blank_line', encoding: 'utf8', crlf: false, gap: 1, lead: 2 },
  { layout: 'fullwidth_indent', encoding: 'gb18030', crlf: false, gap: 1, lead: 0 },
  { layout: 'one_per_line', encoding: 'utf16le', crlf: false, gap: 1, lead: 0 },
  { layout: 'labeled', labelStyle: 'bracket_full', encoding: 'utf8', crlf: false, gap: 1, lead: 0 },
  { layout: 'blank_line', encoding: 'utf16be', crlf: false, gap: 2, lead: 0 },
  {
    layout: 'labeled',
    labelStyle: 'colon_compact',
    encoding: 'gb18030',
    crlf: true,
    gap: 1,
    lead: 0,
  },
  { layout: 'fullwidth_indent', encoding: 'utf8bom', crlf: true, gap: 1, lead: 0 },
  {
    layout: 'labeled',
    labelStyle: 'bracket_inline',
    encoding: 'gb18030',
    crlf: false,
    gap: 1,
    lead: 0,
  },
  { layout: 'one_per_line', encoding: 'utf16be', crlf: false, gap: 1, lead: 0 },
  {
    layout: 'labeled',
    labelStyle: 'bracket_oneline',
    encoding: 'utf8bom',
    crlf: true,
    gap: 1,
    lead: 0,
  },
  { layout: 'labeled', labelStyle: 'colon_full', encoding: 'utf8', crlf: false, gap: 1, lead: 0 },
  { layout: 'blank_line', encoding: 'big5', crlf: false, gap: 3, lead: 0 },
]

const ENCODING_LABEL: Record<Encoding, string> = {
  utf8: 'UTF-8 (no BOM)',
  utf8bom: 'UTF-8 with BOM (EF BB BF)',
  utf16le: 'UTF-16LE with BOM (FF FE)',
  utf16be: 'UTF-16BE with BOM (FE FF)',
  gb18030: 'GB18030 (GBK-compatible)',
  big5: 'Big5 (Traditional Chinese, converted with OpenCC s2tw)',
}

interface SourceArticle {
  readonly file: string
  readonly date: string
  readonly page: string
  readonly sectionName: string
  readonly url: string
  readonly kicker: string | null
  readonly title: string
  readonly subtitle: string | null
  /** Own-line byline from the `> …《人民日报》` line, when it names someone. */
  readonly ownByline: string | null
  readonly paragraphs: string[]
  readonly crossheads: string[]
}

interface GoldArticle {
  index: number
  kicker: string | null
  title: string
  subtitle: string | null
  byline: string | null
  byline_position:
    'own_line' | 'inline_start_of_first_paragraph' | 'trailing_line' | 'labeled_field' | null
  dateline: string | null
  first_body_paragraph_first_12_chars: string
  first_body_paragraph_first_12_chars_after_byline?: string
  body_paragraph_count: number
  physical_paragraph_count_in_file: number
  broken_paragraphs: {
    paragraph: number
    fragment_ends_with: string
    continuation_starts_with: string
  }[]
  crossheads?: string[]
  trailing_credit?: string
  layout_note?: string
  source: Record<string, string>
}

// ---------- reading the vault markdown ----------

function frontMatterValue(front: string, key: string): string {
  const m = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front)
  if (!m) return ''
  return m[1].trim().replace(/^"(.*)"$/, '$1')
}

function parseMarkdown(file: string): SourceArticle {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n')
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!fm) throw new Error(`${file}: no front matter`)
  const front = fm[1]
  const lines = text.slice(fm[0].length).split('\n')
  let kicker: string | null = null
  let title: string | null = null
  const subtitles: string[] = []
  let ownByline: string | null = null
  const paragraphs: string[] = []
  const crossheads: string[] = []
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    if (line.startsWith('### ')) kicker = line.slice(4).trim()
    else if (line.startsWith('## ')) subtitles.push(line.slice(3).trim())
    else if (line.startsWith('# ')) title = line.slice(2).trim()
    else if (line.startsWith('>')) {
      const quote = line.replace(/^>\s*/, '')
      if (quote.startsWith('系列：')) continue
      const cut = quote.indexOf('《人民日报》')
      const who = (cut >= 0 ? quote.slice(0, cut) : quote).trim()
      if (who !== '') ownByline = who
    } else {
      const bold = /^\*\*(.+)\*\*$/.exec(line)
      const plain = line.replace(/\*\*/g, '')
      if (bold) crossheads.push(plain)
      paragraphs.push(plain)
    }
  }
  if (title === null) throw new Error(`${file}: no title line`)
  return {
    file,
    date: frontMatterValue(front, 'date'),
    page: frontMatterValue(front, 'section'),
    sectionName: frontMatterValue(front, 'section_name'),
    url: frontMatterValue(front, 'source_url'),
    kicker,
    title,
    subtitle: subtitles.length > 0 ? subtitles.join(' ') : null,
    ownByline,
    paragraphs,
    crossheads,
  }
}

function listMarkdown(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...listMarkdown(path))
    else if (name.endsWith('.md')) out.push(path)
  }
  return out
}

// ---------- structure of one article ----------

// `本报南京1月13日电  （记者姚雪青）`, `新华社北京12月15日电  `, `本报电  （…）` (also after OpenCC s2tw).
const DATELINE =
  /^((?:本报|本報|新华社|新華社|据新华社|據新華社|据|據)[^\s，。（]{0,16}?(?:电|電|讯|訊))([\s\u3000]*)(（[^）]{1,60}）)?/
// A last line wholly in full-width parentheses: a trailing name credit or an editing note.
const TRAILING_PARENS = /^（[^（）]{1,80}）$/
const CREDIT_WORDS =
  /(整理|摘编|摘編|原题|原題|作者为|作者為|参与采写|參與採寫|采访|採訪|来源|來源|综合|綜合)/
const PHOTO_CREDIT = /(摄|摄影报道|（人民视觉）)$/

interface Structure {
  body: string[]
  byline: string | null
  bylinePosition: GoldArticle['byline_position']
  dateline: string | null
  afterByline: string | null
  trailingCredit: string | null
  trailingByline: string | null
}

function structureOf(a: SourceArticle, labeled: boolean): Structure {
  const body = [...a.paragraphs]
  let trailingCredit: string | null = null
  let trailingByline: string | null = null
  const last = body[body.length - 1]
  if (last !== undefined && body.length > 1) {
    if (TRAILING_PARENS.test(last) && CREDIT_WORDS.test(last)) trailingCredit = body.pop() ?? null
    else if (TRAILING_PARENS.test(last) || (last.length <= 30 && PHOTO_CREDIT.test(last)))
      trailingByline = body.pop() ?? null
  }
  let byline: string | null = null
  let bylinePosition: GoldArticle['byline_position'] = null
  let dateline: string | null = null
  let afterByline: string | null = null
  const m = body[0] !== undefined ? DATELINE.exec(body[0]) : null
  if (m) {
    dateline = m[1]
    afterByline = body[0].slice(m[0].length).replace(/^[\s\u3000]+/, '')
  }
  if (a.ownByline !== null) {
    byline = a.ownByline
    bylinePosition = labeled ? 'labeled_field' : 'own_line'
  } else if (m && m[3] !== undefined) {
    byline = m[0].trimEnd()
    bylinePosition = 'inline_start_of_first_paragraph'
  } else if (trailingByline !== null) {
    byline = trailingByline
    bylinePosition = 'trailing_line'
  }
  return { body, byline, bylinePosition, dateline, afterByline, trailingCredit, trailingByline }
}

// ---------- seeded page breaks ----------

function mulberry32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HAN = /\p{Script=Han}/u

/** Picks a split point between two Han characters in the middle of the paragraph, or -1. */
function splitPoint(p: string, rand: () => number, minStart: number): number {
  const chars = Array.from(p)
  const candidates: number[] = []
  const lo = Math.max(minStart, Math.floor(chars.length * 0.2))
  const hi = Math.floor(chars.length * 0.8)
  for (let i = lo; i < hi; i++) if (HAN.test(chars[i - 1]) && HAN.test(chars[i])) candidates.push(i)
  if (candidates.length === 0) return -1
  return candidates[Math.floor(rand() * candidates.length)]
}

// ---------- rendering ----------

interface Rendered {
  lines: string[]
  gold: GoldArticle
}

function renderArticle(
  a: SourceArticle,
  v: Variant,
  breaks: Set<number>,
  rand: () => number,
  index: number,
): Rendered {
  const labeled = v.layout === 'labeled'
  const s = structureOf(a, labeled)
  const broken: GoldArticle['broken_paragraphs'] = []
  // Physical body lines: paragraph pieces, in order; a page break splits one paragraph in two.
  const pieces: { text: string; continuation: boolean }[] = []
  s.body.forEach((p, i) => {
    const isCrosshead = a.crossheads.includes(p)
    const avoid = i === 0 && s.dateline !== null ? p.length - (s.afterByline?.length ?? 0) + 8 : 0
    const at = breaks.has(i) && !isCrosshead ? splitPoint(p, rand, avoid) : -1
    if (at < 0) {
      pieces.push({ text: p, continuation: false })
      return
    }
    const chars = Array.from(p)
    const head = chars.slice(0, at).join('')
    const tail = chars.slice(at).join('')
    pieces.push({ text: head, continuation: false }, { text: tail, continuation: true })
    broken.push({
      paragraph: i + 1,
      fragment_ends_with: Array.from(head).slice(-6).join(''),
      continuation_starts_with: Array.from(tail).slice(0, 6).join(''),
    })
  })
  const trailing = s.trailingCredit ?? s.trailingByline
  const lines: string[] = []
  if (labeled) renderLabeled(lines, a, s, v.labelStyle ?? 'bracket_full', pieces, trailing)
  else {
    const heads = [a.kicker, a.title, a.subtitle, a.ownByline].filter(
      (x): x is string => x !== null,
    )
    const indent = v.layout === 'fullwidth_indent' ? '\u3000\u3000' : ''
    const bodyLines = pieces.map((p) => (p.continuation ? p.text : indent + p.text))
    if (trailing !== null) bodyLines.push(indent + trailing)
    if (v.layout === 'blank_line') {
      const blocks = [...heads, ...bodyLines]
      blocks.forEach((b, i) => {
        if (i > 0) lines.push('')
        lines.push(b)
      })
    } else lines.push(...heads, ...bodyLines)
  }
  const first = s.body[0] ?? ''
  const gold: GoldArticle = {
    index,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    byline: s.byline,
    byline_position: s.bylinePosition,
    dateline: s.dateline,
    first_body_paragraph_first_12_chars: Array.from(first).slice(0, 12).join(''),
    body_paragraph_count: s.body.length,
    physical_paragraph_count_in_file: s.body.length + broken.length,
    broken_paragraphs: broken,
    source: {
      newspaper: "人民日报 (People's Daily)",
      date: a.date,
      page: a.page,
      section: a.sectionName,
      url: a.url,
      repo: 'leeperfect/PeopleDailyMaterial',
    },
  }
  if (s.afterByline !== null)
    gold.first_body_paragraph_first_12_chars_after_byline = Array.from(s.afterByline)
      .slice(0, 12)
      .join('')
  if (a.crossheads.length > 0) gold.crossheads = a.crossheads
  if (s.trailingCredit !== null) gold.trailing_credit = s.trailingCredit
  if (s.dateline !== null && s.bylinePosition !== 'inline_start_of_first_paragraph')
    gold.layout_note = `the inline dateline \`${s.dateline}\` opens the first body paragraph`
  return { lines, gold }
}

function renderLabeled(
  lines: string[],
  a: SourceArticle,
  s: Structure,
  style: LabelStyle,
  pieces: { text: string; continuation: boolean }[],
  trailing: string | null,
): void {
  const author = a.ownByline ?? ''
  const body = pieces.map((p) => p.text)
  if (trailing !== null) body.push(trailing)
  const fields: [string, string][] = [
    ['标题', a.title],
    ['引题', a.kicker ?? ''],
    ['副标题', a.subtitle ?? ''],
    ['作者', author],
    ['版次', a.page],
  ]
  void s
  switch (style) {
    case 'bracket_full':
      for (const [k, v] of [
        ...fields,
        ['版名', a.sectionName],
        ['日期', a.date],
        ['来源', '人民日报'],
      ])
        lines.push(`【${k}】${v}`)
      lines.push('【正文】', ...body)
      return
    case 'bracket_inline':
      for (const [k, v] of [...fields, ['日期', a.date]]) if (v !== '') lines.push(`【${k}】${v}`)
      lines.push(`【正文】${body[0] ?? ''}`, ...body.slice(1))
      return
    case 'bracket_oneline':
      lines.push(
        [...fields, ['日期', a.date]]
          .filter(([, v]) => v !== '')
          .map(([k, v]) => `【${k}】${v}`)
          .join(''),
      )
      lines.push('【正文】', ...body)
      return
    case 'colon_full':
      for (const [k, v] of [...fields, ['日期', a.date]]) lines.push(`${k}：${v}`)
      lines.push('正文：', ...body)
      return
    case 'colon_compact':
      for (const [k, v] of [
        ['标题', a.title],
        ['引题', a.kicker ?? ''],
        ['副标题', a.subtitle ?? ''],
        ['作者', author],
        ['版面', `${a.page} ${a.sectionName}`],
        ['日期', a.date],
      ])
        if (v !== '') lines.push(`${k}：${v}`)
      lines.push(`正文：${body[0] ?? ''}`, ...body.slice(1))
      return
  }
}

// ---------- encoding ----------

function toTraditional(text: string): string {
  return execFileSync('opencc', ['-c', 's2tw'], { input: text, encoding: 'utf8' })
}

function encode(text: string, enc: Encoding): Buffer {
  switch (enc) {
    case 'utf8':
      return Buffer.from(text, 'utf8')
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')])
    case 'gb18030':
    case 'big5': {
      const buf = iconv.encode(text, enc)
      // Strict: the text must survive the round trip (no substituted characters).
      if (iconv.decode(buf, enc) !== text) throw new Error(`text not representable in ${enc}`)
      return buf
    }
  }
}

/** GBK-only (the dev corpus's GB18030 files are also valid GBK). */
function gbkSafe(text: string): boolean {
  return iconv.decode(iconv.encode(text, 'gbk'), 'gbk') === text
}

function big5Safe(text: string): boolean {
  return iconv.decode(iconv.encode(text, 'big5'), 'big5') === text
}

// ---------- main ----------

function contentId(url: string): number {
  const m = /content_(\d+)/.exec(url)
  return m ? Number(m[1]) : 0
}

function seedOf(s: string): number {
  let h = 2166136261
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619)
  return h >>> 0
}

function main(): void {
  const args = process.argv.slice(2)
  const seedAt = args.indexOf('--seed')
  const baseSeed = seedAt >= 0 ? Number(args[seedAt + 1]) : 20260101
  const positional = args.filter((x, i) => !x.startsWith('--') && (seedAt < 0 || i !== seedAt + 1))
  const [srcDir, outDir] = positional
  if (!srcDir || !outDir) {
    console.error(
      'usage: npx tsx tools/parse-eval/build-heldout.ts SOURCE_DIR OUTPUT_DIR [--seed N]',
    )
    process.exit(2)
  }
  mkdirSync(outDir, { recursive: true })
  const byDay = new Map<string, SourceArticle[]>()
  for (const f of listMarkdown(srcDir)) {
    const a = parseMarkdown(f)
    byDay.set(a.date, [...(byDay.get(a.date) ?? []), a])
  }
  const days = [...byDay.keys()].sort()
  let rotation = 0
  days.forEach((day, dayIndex) => {
    const arts = (byDay.get(day) ?? []).sort(
      (x, y) => x.page.localeCompare(y.page) || contentId(x.url) - contentId(y.url),
    )
    // Pick the next variant whose encoding can hold this day's text.
    const sourceText = arts
      .map((a) => [a.kicker, a.title, a.subtitle, a.ownByline, ...a.paragraphs].join('\n'))
      .join('\n')
    let v = VARIANTS[rotation % VARIANTS.length]
    for (let tries = 0; tries < VARIANTS.length; tries++) {
      v = VARIANTS[(rotation + tries) % VARIANTS.length]
      const ok =
        v.encoding === 'gb18030'
          ? gbkSafe(sourceText)
          : v.encoding === 'big5'
            ? big5Safe(toTraditional(sourceText))
            : true
      if (ok) {
        rotation += tries
        break
      }
    }
    rotation++
    const big5 = v.encoding === 'big5'
    const convert = (x: string | null): string | null =>
      x === null || !big5 ? x : toTraditional(x).replace(/\n$/, '')
    const articles: SourceArticle[] = arts.map((a) => ({
      ...a,
      kicker: convert(a.kicker),
      title: convert(a.title) ?? a.title,
      subtitle: convert(a.subtitle),
      ownByline: convert(a.ownByline),
      paragraphs: a.paragraphs.map((p) => convert(p) ?? p),
      crossheads: a.crossheads.map((p) => convert(p) ?? p),
    }))
    const name =
      `ho${String(dayIndex + 1).padStart(2, '0')}_rmrb_${day.replace(/-/g, '')}_${v.encoding}` +
      `_${v.layout === 'labeled' ? `labeled_${v.labelStyle}` : v.layout}${v.crlf ? '_crlf' : ''}`
    const rand = mulberry32(baseSeed ^ seedOf(name))
    // 0–3 page breaks per file, none in labeled files (as in the dev corpus).
    const nBreaks = v.layout === 'labeled' ? 0 : Math.floor(rand() * 4)
    const breakAt = new Map<number, Set<number>>()
    for (let k = 0; k < nBreaks; k++) {
      const ai = Math.floor(rand() * articles.length)
      const pi = Math.floor(rand() * Math.max(1, articles[ai].paragraphs.length - 1))
      breakAt.set(ai, new Set([...(breakAt.get(ai) ?? []), pi]))
    }
    const out: string[] = Array.from({ length: v.lead }, () => '')
    const golds: GoldArticle[] = []
    articles.forEach((a, i) => {
      const r = renderArticle(a, v, breakAt.get(i) ?? new Set(), rand, i + 1)
      if (i > 0) for (let g = 0; g < (v.layout === 'labeled' ? 1 : v.gap); g++) out.push('')
      out.push(...r.lines)
      r.gold.source.source_file = relative(srcDir, a.file)
      golds.push(r.gold)
    })
    const eol = v.crlf ? '\r\n' : '\n'
    const text = out.join(eol) + eol
    writeFileSync(join(outDir, `${name}.txt`), encode(text, v.encoding))
    const pages = [...new Set(articles.map((a) => a.page))].join('/')
    const expected = {
      file: `${name}.txt`,
      description: `人民日报 ${day}, ${pages}; held-out (not a dev-corpus date); ${ENCODING_LABEL[v.encoding]}, ${v.crlf ? 'CRLF' : 'LF'}, ${v.layout}${v.labelStyle ? ` (${v.labelStyle})` : ''}; ${golds.reduce((n, g) => n + g.broken_paragraphs.length, 0)} mid-word page break(s)`,
      encoding: ENCODING_LABEL[v.encoding],
      line_endings: v.crlf ? 'CRLF' : 'LF',
      paragraph_style: v.layout,
      ...(v.labelStyle ? { label_style: v.labelStyle } : {}),
      article_count: golds.length,
      articles: golds,
    }
    writeFileSync(join(outDir, `${name}.expected.json`), JSON.stringify(expected, null, 2) + '\n')
    console.log(`${basename(name)}: ${golds.length} articles, ${expected.description}`)
  })
}

main()
