import { useCallback, useEffect, useRef, useState } from 'react'

/** How long typing pauses before the memo is saved. */
export const MEMO_DEBOUNCE_MS = 400

export interface MemoDraft {
  text: string
  onChange: (text: string) => void
  /** Saves now what is typed (on blur, close, unmount). */
  flush: () => void
}

/**
 * The memo as typed, saved ~400 ms after typing pauses and at once on blur or close (the host
 * merges consecutive memo edits into one undo step). What is typed stays in the editor when a
 * save fails; a change from the host (undo) replaces it only when nothing typed is unsaved.
 */
export function useMemoDraft(
  serverMemo: string,
  save: (memo: string) => Promise<boolean>,
): MemoDraft {
  const [text, setText] = useState(serverMemo)
  const [dirty, setDirty] = useState(false)
  const [seen, setSeen] = useState(serverMemo)
  const latest = useRef(serverMemo)
  const saved = useRef<string | null>(serverMemo)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saveRef = useRef(save)
  useEffect(() => {
    saveRef.current = save
  })

  if (serverMemo !== seen) {
    setSeen(serverMemo)
    if (!dirty) setText(serverMemo)
  }
  useEffect(() => {
    if (dirty) return
    latest.current = serverMemo
    saved.current = serverMemo
  }, [serverMemo, dirty])

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    const memo = latest.current
    if (memo === saved.current) return
    saved.current = memo
    void saveRef.current(memo).then((ok) => {
      if (!ok) saved.current = null
      else if (latest.current === memo) setDirty(false)
    })
  }, [])

  const onChange = useCallback(
    (next: string) => {
      latest.current = next
      setText(next)
      setDirty(true)
      if (timer.current !== null) clearTimeout(timer.current)
      timer.current = setTimeout(flush, MEMO_DEBOUNCE_MS)
    },
    [flush],
  )

  useEffect(() => flush, [flush])
  return { text, onChange, flush }
}
