import { describe, expect, it } from 'vitest'
import { ChangeHistory } from '../../../src/main/services/history'

function counter() {
  const state = { value: 0 }
  const change = (label: string, from: number, to: number, mergeKey?: string) => ({
    label,
    issueId: 'i',
    codebook: false,
    mergeKey,
    undo: async () => void (state.value = from),
    redo: async () => void (state.value = to),
  })
  return { state, change }
}

describe('ChangeHistory', () => {
  it('undoes and redoes in order, and a new change clears the redo stack', async () => {
    const { state, change } = counter()
    const history = new ChangeHistory()
    state.value = 1
    history.record(change('one', 0, 1))
    state.value = 2
    history.record(change('two', 1, 2))
    expect(history.state()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'two' })
    await history.undo()
    expect(state.value).toBe(1)
    await history.undo()
    expect(state.value).toBe(0)
    expect(history.state()).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoLabel: 'one',
      lastChange: { issueId: 'i', codebook: false },
    })
    await history.redo()
    expect(state.value).toBe(1)
    history.record(change('three', 1, 3))
    expect(history.state().canRedo).toBe(false)
  })

  it('merges consecutive memo edits into one step, but not after a pause', async () => {
    const { state, change } = counter()
    let now = 0
    const history = new ChangeHistory(() => now)
    history.record(change('edit memo', 0, 1, 'memo:a'))
    now = 1_000
    history.record(change('edit memo', 1, 2, 'memo:a'))
    now = 20_000
    history.record(change('edit memo', 2, 3, 'memo:a'))
    state.value = 3
    await history.undo()
    expect(state.value).toBe(2)
    await history.undo()
    expect(state.value).toBe(0)
    expect(history.state().canUndo).toBe(false)
    await history.redo()
    expect(state.value).toBe(2)
  })

  it('does nothing when there is nothing to undo', async () => {
    const history = new ChangeHistory()
    expect(await history.undo()).toMatchObject({ canUndo: false, canRedo: false, lastChange: null })
  })
})
