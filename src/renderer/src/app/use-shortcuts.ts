import { useEffect, useRef } from 'react'
import { findCommand, type Command } from '../commands'

/** True when a key press belongs to a text field, a select, or an open dialog. */
function isTypingOrModal(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null
  if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true
  return document.querySelector('[aria-modal="true"]') !== null
}

/** Runs the command bound to a key press anywhere in the window. */
export function useShortcuts(commands: readonly Command[]): void {
  const latest = useRef(commands)
  useEffect(() => {
    latest.current = commands
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTypingOrModal(event)) return
      const command = findCommand(latest.current, event)
      if (!command) return
      event.preventDefault()
      command.run(event.key)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
