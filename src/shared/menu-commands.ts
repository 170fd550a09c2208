// Commands the desktop app's menu sends to the page. In Electron a menu accelerator takes its
// key before the page sees it, so the menu owns Ctrl/Cmd+Z, O, E… and hands them over here;
// the renderer runs them through its command registry, as if the key had reached it.
export const menuCommands = [
  'import-files',
  'import-folder',
  'export',
  'undo',
  'redo',
  'help',
] as const

export type MenuCommand = (typeof menuCommands)[number]

/** The one main → renderer channel: `event:menu-command` carrying a `MenuCommand`. */
export const MENU_COMMAND_CHANNEL = 'event:menu-command'

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
}

/** What the preload exposes as `window.glossMenu`. */
export interface MenuBridge {
  /** Calls `listener` for each menu command; returns the function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void
}
