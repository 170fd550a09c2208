// The field labels of database exports (CNKI-style `【标题】…【正文】`, or `标题：` lines) and
// what each means for the model.

export type FieldKey =
  'title' | 'kicker' | 'subtitle' | 'author' | 'date' | 'source' | 'page' | 'body'

const LABELS: Record<FieldKey, string[]> = {
  title: ['标题', '题名', '篇名', '正题', '主题', '题目'],
  kicker: ['引题', '肩题'],
  subtitle: ['副题', '副标题', '子标题'],
  author: ['作者', '记者', '责任者', '署名', '作者单位'],
  date: ['日期', '时间', '出版日期', '发布日期', '发表日期', '刊期', '发布时间'],
  source: ['来源', '报纸', '报刊', '报名', '刊名', '媒体', '出处', '报纸名称'],
  page: ['版次', '版面', '版号', '版名', '版面名称'],
  body: ['正文', '内文', '全文', '内容'],
}

const BY_LABEL = new Map<string, FieldKey>()
for (const [key, names] of Object.entries(LABELS) as [FieldKey, string[]][]) {
  for (const name of names) BY_LABEL.set(name, key)
}

/** The field a label names, or null for a label Gloss does not use. */
export function fieldKey(label: string): FieldKey | null {
  return BY_LABEL.get(label.replace(/[\s\u3000]/g, '')) ?? null
}

/** Every label name, longest first, for building the `标题：` line pattern. */
export const LABEL_NAMES = [...BY_LABEL.keys()].sort((a, b) => b.length - a.length)
