// The state the fake codebook and annotation methods share, with an undo history kept the
// way main keeps it: each change is one step (consecutive memo edits of one annotation merge),
// and undo/redo report what they changed in `lastChange`.
import type { HistoryState } from '../../../src/shared/contract'
import type { Annotation, Codebook, StructureCorrection } from '../../../src/shared/model'
import { sampleCodebook } from './codebook-fixture'

interface Snapshot {
  codebook: Codebook
  annotations: Map<string, Annotation[]>
  structure: Map<string, StructureCorrection[]>
}

interface Step {
  label: string
  issueId: string | null
  codebook: boolean
  before: Snapshot
  after: Snapshot
  mergeKey?: string
}

export interface TaggingOptions {
  codebook?: Codebook
  /** Annotations at start, any issue. */
  annotations?: Annotation[]
  /** Structure corrections at start, by issue id. */
  structure?: Record<string, StructureCorrection[]>
}

export type TaggingStore = ReturnType<typeof createTaggingStore>

export function createTaggingStore(options: TaggingOptions = {}) {
  const state: Snapshot = {
    codebook: options.codebook ?? sampleCodebook(),
    annotations: new Map(),
    structure: new Map(Object.entries(options.structure ?? {})),
  }
  for (const a of options.annotations ?? [])
    state.annotations.set(a.issueId, [...(state.annotations.get(a.issueId) ?? []), a])
  const done: Step[] = []
  const undone: Step[] = []
  let lastChange: HistoryState['lastChange'] = null

  const snapshot = (): Snapshot => ({
    codebook: state.codebook,
    annotations: new Map(state.annotations),
    structure: new Map(state.structure),
  })
  const restore = (s: Snapshot) => {
    state.codebook = s.codebook
    state.annotations = new Map(s.annotations)
    state.structure = new Map(s.structure)
  }
  const history = (): HistoryState => ({
    canUndo: done.length > 0,
    canRedo: undone.length > 0,
    undoLabel: done.at(-1)?.label ?? null,
    redoLabel: undone.at(-1)?.label ?? null,
    lastChange,
  })

  return {
    state,
    list: (issueId: string) =>
      [...(state.annotations.get(issueId) ?? [])].sort(
        (a, b) => a.selector.start - b.selector.start || b.selector.end - a.selector.end,
      ),
    setList: (issueId: string, list: Annotation[]) => state.annotations.set(issueId, list),
    structure: (issueId: string) => state.structure.get(issueId) ?? [],
    setStructure: (issueId: string, list: StructureCorrection[]) =>
      state.structure.set(issueId, list),
    /** Runs `change` as one undoable step. */
    record(
      label: string,
      scope: { issueId: string | null; codebook: boolean; mergeKey?: string },
      change: () => void,
    ) {
      const before = snapshot()
      change()
      const after = snapshot()
      const last = done.at(-1)
      if (scope.mergeKey && last?.mergeKey === scope.mergeKey && undone.length === 0) {
        last.after = after
        return
      }
      done.push({ label, ...scope, before, after })
      undone.length = 0
    },
    history,
    undo(): HistoryState {
      const step = done.pop()
      if (step) {
        restore(step.before)
        undone.push(step)
        lastChange = { issueId: step.issueId, codebook: step.codebook }
      }
      return history()
    },
    redo(): HistoryState {
      const step = undone.pop()
      if (step) {
        restore(step.after)
        done.push(step)
        lastChange = { issueId: step.issueId, codebook: step.codebook }
      }
      return history()
    },
  }
}
