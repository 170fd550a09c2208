import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../shared/menu-commands'
import type { Command, CommandId } from '../commands'

const commandFor: Record<MenuCommand, CommandId> = {
  'import-files': 'importFiles',
  'import-folder': 'importFolder',
  export: 'export',
  undo: 'undo',
  redo: 'redo',
  help: 'help',
}

/** True when the focused element edits text: there Undo/Redo are the field's own. */
function editingText(): boolean {
  return (
    document.activeElement?.closest(
      'input, textarea, [contenteditable=""], [contenteditable="true"]',
    ) != null
  )
}

/**
 * Runs the desktop menu's commands (Electron only: `window.glossMenu`). The menu owns their
 * accelerators, so Ctrl/⌘+Z reaches the page only through here: in a text field it is the
 * field's native undo, elsewhere the annotation history's.
 */
export function useMenuCommands(commands: readonly Command[]): void {
  const latest = useRef(commands)
  useEffect(() => {
    latest.current = commands
  })

  useEffect(() => {
    const menu = window.glossMenu
    if (!menu) return
    return menu.onCommand((menuCommand) => {
      if ((menuCommand === 'undo' || menuCommand === 'redo') && editingText()) {
        // execCommand is deprecated, but still the one way to reach a field's native undo stack.
        document.execCommand(menuCommand)
        return
      }
      latest.current.find((command) => command.id === commandFor[menuCommand])?.run('')
    })
  }, [])
}
