import { entityTypes, type EntityMention, type EntityType } from '../../../../shared/model'

export interface EntitySummary {
  text: string
  type: EntityType
  /** How many times it is mentioned in the issue. */
  count: number
}

export interface EntityGroup {
  type: EntityType
  entities: EntitySummary[]
}

/** The entities by type (in `entityTypes` order), most mentioned first, then by first
 * appearance; types with no entity are left out. */
export function groupEntities(mentions: readonly EntityMention[]): EntityGroup[] {
  const byType = new Map<EntityType, Map<string, EntitySummary>>()
  for (const m of mentions) {
    const group = byType.get(m.type) ?? new Map<string, EntitySummary>()
    byType.set(m.type, group)
    const entry = group.get(m.text)
    if (entry) entry.count++
    else group.set(m.text, { text: m.text, type: m.type, count: 1 })
  }
  return entityTypes.flatMap((type) => {
    const group = byType.get(type)
    if (!group) return []
    // Map keeps insertion (= first appearance) order; sort is stable.
    const entities = [...group.values()].sort((a, b) => b.count - a.count)
    return [{ type, entities }]
  })
}
