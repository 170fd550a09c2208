// Undo/redo for every annotation and codebook change, kept in main so both hosts and every
// window share one history. Each step knows how to revert and re-apply itself durably.
import type { HistoryState } from '../../shared/contract'

export interface Change {
  /** Shown to the user: "Undo: tag passage". */
  label: string
  issueId: string | null
  codebook: boolean
  undo(): Promise<void>
  redo(): Promise<void>
  /** Consecutive changes with the same key (typing a memo) merge into one step. */
  mergeKey?: string
}

interface Step extends Change {
  at: number
}

const MAX_STEPS = 500
const MERGE_WINDOW_MS = 5_000

export class ChangeHistory {
  private readonly done: Step[] = []
  private readonly undone: Step[] = []
  private lastChange: HistoryState['lastChange'] = null

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a change that has already been applied. */
  record(change: Change): void {
    this.undone.length = 0
    const top = this.done.at(-1)
    const at = this.now()
    if (
      top &&
      change.mergeKey &&
      top.mergeKey === change.mergeKey &&
      at - top.at < MERGE_WINDOW_MS
    ) {
      // Keep the oldest undo (back to before the typing began) and the newest redo.
      this.done[this.done.length - 1] = { ...change, undo: top.undo, at }
      return
    }
    this.done.push({ ...change, at })
    if (this.done.length > MAX_STEPS) this.done.shift()
  }

  async undo(): Promise<HistoryState> {
    const step = this.done.pop()
    if (step) {
      await step.undo()
      this.undone.push(step)
      this.lastChange = { issueId: step.issueId, codebook: step.codebook }
    }
    return this.state()
  }

  async redo(): Promise<HistoryState> {
    const step = this.undone.pop()
    if (step) {
      await step.redo()
      this.done.push({ ...step, at: 0 })
      this.lastChange = { issueId: step.issueId, codebook: step.codebook }
    }
    return this.state()
  }

  state(): HistoryState {
    return {
      canUndo: this.done.length > 0,
      canRedo: this.undone.length > 0,
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
      lastChange: this.lastChange,
    }
  }
}
