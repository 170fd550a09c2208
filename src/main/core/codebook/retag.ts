import type { Annotation } from '../../../shared/model'

/**
 * What a merge or a deletion means for annotations tagged with `from`: retag them with
 * `into`, or (`into: null`) remove the tag. The annotations themselves are always kept, even
 * when this leaves one with no theme.
 */
export interface RetagPlan {
  from: string
  into: string | null
}

/**
 * `themeIds` with the plan applied: `from` replaced by `into` where it stood (or removed), no
 * id repeated, order otherwise kept. Returns the same array when the plan does not apply.
 */
export function applyRetag(themeIds: readonly string[], plan: RetagPlan): string[] {
  if (!themeIds.includes(plan.from)) return themeIds as string[]
  const out: string[] = []
  for (const id of themeIds) {
    const next = id === plan.from ? plan.into : id
    if (next !== null && !out.includes(next)) out.push(next)
  }
  return out
}

/**
 * Applies `plan` to every annotation; those whose themes change get `updatedAt` (an ISO
 * timestamp chosen by the caller, so this stays pure). Returns all annotations, in order, and
 * the ids of the changed ones (for the caller to save and report).
 */
export function retagAnnotations(
  annotations: readonly Annotation[],
  plan: RetagPlan,
  updatedAt: string,
): { annotations: Annotation[]; changed: string[] } {
  const changed: string[] = []
  const out = annotations.map((annotation) => {
    const themeIds = applyRetag(annotation.themeIds, plan)
    if (themeIds === annotation.themeIds) return annotation
    changed.push(annotation.id)
    return { ...annotation, themeIds, updatedAt }
  })
  return { annotations: out, changed }
}
