import type { EntitySource, EntityType } from '../../../../shared/model'
import type { MessageKey } from '../../i18n/en'
import type { Translate } from '../../i18n/i18n'

export const typeLabelKey: Record<EntityType, MessageKey> = {
  person: 'entity.type.person',
  place: 'entity.type.place',
  org: 'entity.type.org',
  time: 'entity.type.time',
  title: 'entity.type.title',
  term: 'entity.type.term',
}

export const sourceLabelKey: Record<EntitySource, MessageKey> = {
  model: 'entity.source.model',
  rule: 'entity.source.rule',
  dictionary: 'entity.source.dictionary',
  user: 'entity.source.user',
}

/** "Person · found by a genre rule": the hover text of a highlight, in the UI language. */
export function describeMention(
  t: Translate,
  mention: { type: EntityType; source: EntitySource },
): string {
  return t('entity.hover', {
    type: t(typeLabelKey[mention.type]),
    source: t(sourceLabelKey[mention.source]),
  })
}
