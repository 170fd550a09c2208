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

/** Under this margin the tagger's call is shown as unsure (the recogniser's own line for
 * trusting a call beyond its sentence). */
const SURE_MARGIN = 100

/** "Person · found by a genre rule": the hover text of a highlight, in the UI language. */
export function describeMention(
  t: Translate,
  mention: { type: EntityType; source: EntitySource; margin?: number },
): string {
  const parts = { type: t(typeLabelKey[mention.type]), source: t(sourceLabelKey[mention.source]) }
  if (mention.margin === undefined) return t('entity.hover', parts)
  return t('entity.hoverMargin', {
    ...parts,
    margin: Math.round(mention.margin),
    sureness: t(mention.margin >= SURE_MARGIN ? 'entity.sure' : 'entity.unsure'),
  })
}
