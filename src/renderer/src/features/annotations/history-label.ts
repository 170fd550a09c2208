import type { MessageKey } from '../../i18n/en'
import type { Translate } from '../../i18n/i18n'

/** Main's history labels (English, from the services) → message keys; unknown ones are shown
 * as they are. `add theme <name>` carries the theme's name. */
const known: Record<string, MessageKey> = {
  'tag passage': 'history.tagPassage',
  'edit memo': 'history.editMemo',
  'change themes': 'history.changeThemes',
  'delete annotation': 'history.deleteAnnotation',
  'place annotation': 'history.placeAnnotation',
  'edit theme': 'history.editTheme',
  'move theme': 'history.moveTheme',
  'merge themes': 'history.mergeThemes',
  'delete theme': 'history.deleteTheme',
  'import codebook': 'history.importCodebook',
  'correct structure': 'history.correctStructure',
  'split article': 'history.splitArticle',
  'merge articles': 'history.mergeArticles',
  'remove structure correction': 'history.removeStructureCorrection',
}

export function historyLabel(t: Translate, label: string): string {
  const key = known[label]
  if (key) return t(key)
  const added = /^add theme\b ?(.*)$/.exec(label)
  if (added) return t('history.addTheme', { name: added[1] })
  return label
}
