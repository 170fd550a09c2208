// Re-finding annotated passages when an issue's canonical text changes (W3C quote selector).
export type { AnchorMatch, AnchorMethod } from './anchor-match'
export { anchorSelector, locateSelector } from './anchor-selector'
export { CONTEXT_CODE_POINTS } from './context'
export { describeSelection } from './describe-selection'
export { FUZZY_MIN_CONTEXT_SIMILARITY, FUZZY_MIN_QUOTE_SIMILARITY } from './fuzzy-match'
export { reanchorAll, type ReanchorResult } from './reanchor-all'
