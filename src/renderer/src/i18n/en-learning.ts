// English messages for learning recognition from the user's corrections, spread into `en.ts`.
// `zh-learning.ts` translates every key (the catalogue types check it).
export const enLearning = {
  'learning.open': 'Improve recognition from my corrections',
  'learning.title': 'Improve recognition from my corrections',
  'learning.working': 'Learning from your corrections…',
  'learning.failed': 'Could not learn from the corrections: {message}',
  'learning.sentences': {
    one: 'Learned from {n} paragraph that holds a correction.',
    other: 'Learned from {n} paragraphs that hold a correction.',
  },
  'learning.appeared': 'Would be found in this issue',
  'learning.disappeared': 'Would no longer be found in this issue',
  'learning.noChangeHere': 'Nothing would change in this issue.',
  'learning.library':
    'In {checked} of {total} issues: {appeared} mentions would appear, {disappeared} disappear.',
  'learning.apply': 'Apply',
  'learning.applyFailed': 'Could not apply it: {message}',
  'learning.undoHint': 'Undo (Ctrl+Z) takes it back.',
} as const
