// A hand-built annotated issue for the export tests, independent of the parser. Astral
// characters (𠀀 U+20000, 𡒄 U+21484) sit BEFORE annotated passages, so UTF-16 and code-point
// offsets differ there.

import { createHash } from 'node:crypto'
import type { ExportInput } from '../../../../src/main/core/export'
import type {
  Annotation,
  AnnotationSelector,
  Codebook,
  EntityMention,
  EntityType,
  IssueDocument,
  TextSpan,
} from '../../../../src/shared/model'

const LINES = [
  '推进高质量发展——',
  '𠀀城旧区更新稳步推进',
  '老旧小区改造提速',
  '晨报讯 (全媒体记者 王𡒄明 通讯员 周小禾)',
  '4月25日,市委书记赵衡远在𠀀山区调研时强调,要坚持“双过半”目标,推动经济发展。',
  '会议指出,稳就业是重中之重,要把民生放在首位。',
  '',
  '湘水水质持续改善',
  '本报讯（记者 林𡒄）',
  '今年以来,𡒄村生态环境明显好转,群众满意度提升。',
]

/** The issue's canonical text. */
export const TEXT = LINES.join('\n')

/** `[start, end)` UTF-16 span of the n-th (0-based) occurrence of `needle`. */
export function spanOf(needle: string, nth = 0, text = TEXT): TextSpan {
  let start = -1
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1)
  if (start < 0) throw new Error(`fixture: ${needle} not found`)
  return { start, end: start + needle.length, text: needle }
}

/** A W3C-style selector with up to 8 code points of context either side. */
export function selectorOf(needle: string, nth = 0, text = TEXT): AnnotationSelector {
  const { start, end } = spanOf(needle, nth, text)
  const before = Array.from(text.slice(0, start))
  const after = Array.from(text.slice(end))
  return {
    start,
    end,
    exact: needle,
    prefix: before.slice(-8).join(''),
    suffix: after.slice(0, 8).join(''),
  }
}

export const ISSUE_ID = createHash('sha256').update(TEXT, 'utf8').digest('hex')

export const DOCUMENT: IssueDocument = {
  meta: {
    id: ISSUE_ID,
    paper: '晨报',
    date: '2023-04-26',
    encoding: 'gb18030',
    sourceName: 'chenbao-2023-04-26.txt',
    sourcePath: '/home/someone/private/chenbao-2023-04-26.txt',
    importedAt: '2026-01-05T09:00:00.000Z',
    articleCount: 2,
    charCount: Array.from(TEXT).length,
  },
  text: TEXT,
  articles: [
    {
      kicker: spanOf(LINES[0]),
      title: spanOf(LINES[1]),
      subtitles: [spanOf(LINES[2])],
      byline: {
        ...spanOf(LINES[3]),
        dateline: '晨报讯',
        reporters: [
          { name: '王𡒄明', role: '全媒体记者' },
          { name: '周小禾', role: '通讯员' },
        ],
      },
      paragraphs: [spanOf(LINES[4]), spanOf(LINES[5])],
      credits: [],
      page: null,
      section: null,
      doubts: [],
    },
    {
      kicker: null,
      title: spanOf(LINES[7]),
      subtitles: [],
      byline: {
        ...spanOf(LINES[8]),
        dateline: '本报讯',
        reporters: [{ name: '林𡒄', role: '记者' }],
      },
      paragraphs: [spanOf(LINES[9])],
      credits: [],
      page: null,
      section: null,
      doubts: [],
    },
  ],
}

const entity = (type: EntityType, needle: string, source: EntityMention['source']) => ({
  type,
  ...spanOf(needle),
  source,
})

/** Deliberately not in text order: the export sorts. */
export const ENTITIES: EntityMention[] = [
  entity('place', '𡒄村', 'rule'),
  { ...entity('person', '赵衡远', 'model'), margin: 142.5 },
  entity('title', '市委书记', 'rule'),
  entity('time', '4月25日', 'model'),
  entity('term', '“双过半”', 'rule'),
  entity('person', '王𡒄明', 'rule'),
  entity('place', '𠀀山区', 'dictionary'),
  entity('person', '林𡒄', 'user'),
]

export const CODEBOOK: Codebook = {
  themes: [
    theme('economy', '经济', 'Economy', null, '#aa3300'),
    theme('growth', '经济发展', 'Economic growth', 'economy', '#cc5500'),
    theme('gdp-targets', '增长目标', 'Growth targets', 'growth', '#ee7700'),
    theme('livelihood', '民生', 'Livelihood', null, '#0055aa'),
    theme('employment', '就业', 'Employment', 'livelihood', '#3377cc'),
    theme('ecology', '生态', 'Ecology', null, '#228833'),
  ],
}

function theme(id: string, zh: string, en: string, parentId: string | null, colour: string) {
  return {
    id,
    name: { zh, en },
    parentId,
    colour,
    description: { zh: `${zh}相关`, en: `About ${en}` },
  }
}

function annotation(
  id: string,
  needle: string,
  themeIds: string[],
  memo: string,
  author = 'Li Wei',
): Annotation {
  return {
    id,
    issueId: ISSUE_ID,
    selector: selectorOf(needle),
    themeIds,
    memo,
    author,
    createdAt: '2026-01-06T10:00:00.000Z',
    updatedAt: '2026-01-07T11:30:00.000Z',
    anchor: 'anchored',
  }
}

export const ANNOTATIONS: Annotation[] = [
  annotation('a-ecology', '𡒄村生态环境明显好转', ['ecology'], ''),
  annotation(
    'a-growth',
    '推动经济发展',
    ['gdp-targets', 'employment'],
    'He said "双过半", then, finally\nline two\r\nand "more"',
  ),
  annotation('a-visit', '𠀀山区调研', ['economy'], '', 'Zhang San'),
  annotation('a-note', '稳就业是重中之重', [], '=1+1, a note that looks like a formula'),
]

/** Everything `buildGlossExport` needs, with a fixed clock. */
export function exportInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    appVersion: '0.1.0',
    exportedAt: '2026-02-01T12:00:00.000Z',
    codebook: CODEBOOK,
    issues: [{ document: DOCUMENT, entities: ENTITIES, annotations: ANNOTATIONS }],
    ...overrides,
  }
}
