// 从用户更正中学习识别的中文文案（与 `en-learning.ts` 键一一对应）。
export const zhLearning = {
  'learning.open': '根据我的更正改进识别',
  'learning.title': '根据我的更正改进识别',
  'learning.working': '正在从您的更正中学习…',
  'learning.failed': '无法从更正中学习：{message}',
  'learning.sentences': {
    one: '已从 {n} 个含有更正的段落中学习。',
    other: '已从 {n} 个含有更正的段落中学习。',
  },
  'learning.appeared': '本期将新识别出',
  'learning.disappeared': '本期将不再识别',
  'learning.noChangeHere': '本期不会有变化。',
  'learning.library':
    '在 {total} 期中的 {checked} 期里：将新增 {appeared} 处，减少 {disappeared} 处。',
  'learning.apply': '应用',
  'learning.applyFailed': '无法应用：{message}',
  'learning.undoHint': '撤销（Ctrl+Z）可以恢复。',
} as const
