import type { EntitySource, EntityType } from '../../../shared/model'

/**
 * How much a layer is trusted when candidates overlap: lower wins, then the longer span.
 * Quoted terms rank below names so 衡阳市 inside “衡阳市五一劳动奖状” survives.
 */
export const Tier = { dictionary: 0, rule: 1, term: 2, model: 3 } as const

export interface Candidate {
  start: number
  end: number
  type: EntityType
  source: EntitySource
  tier: number
  /** For the tagger's spans: how far the best labelling is from one without this span. */
  margin?: number
}

export function rule(start: number, end: number, type: EntityType): Candidate {
  return { start, end, type, source: 'rule', tier: Tier.rule }
}
