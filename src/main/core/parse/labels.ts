// The field labels of database exports (CNKI-style `【标题】…【正文】`, or `标题：` lines) and
// what each means for the model.

export type FieldKey =
  'title' | 'kicker' | 'subtitle' | 'author' | 'date' | 'source' | 'page' | 'section' | 'body'

const LABELS: Record<FieldKey, string[]> = {
  title: ['标题', '题名', '篇名', '正题', '主题', '题目', '標題', '題名', '題目'],
  kicker: ['引题', '肩题', '引題', '肩題'],
  subtitle: ['副题', '副标题', '子标题', '副題', '副標題'],
  author: ['作者', '记者', '责任者', '署名', '作者单位', '記者', '責任者'],
  date: [
    '日期',
    '时间',
    '出版日期',
    '发布日期',
    '发表日期',
    '刊期',
    '发布时间',
    '時間',
    '發布日期',
  ],
  source: [
    '来源',
    '报纸',
    '报刊',
    '报名',
    '刊名',
    '媒体',
    '出处',
    '报纸名称',
    '來源',
    '報紙',
    '報刊',
  ],
  // 版次 numbers the page (`第01版`); 版名 names it (`要闻`). 版面 is printed for either, or
  // both at once (`第01版 要闻`): the value decides (see `pageAndSection`).
  page: ['版次', '版号', '版面号', '版號'],
  section: ['版名', '版面', '版面名称', '版面名稱'],
  body: ['正文', '内文', '全文', '内容', '內文', '內容'],
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
