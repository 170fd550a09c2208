// Every user operation that has a shortcut, declared once: the key handler, the help overlay
// (and later a menu or palette) all read this list. Labels are message keys, so the help
// overlay shows them in the UI language.
import type { MessageKey } from './i18n/en'

export type CommandId =
  | 'nextArticle'
  | 'prevArticle'
  | 'nextIssue'
  | 'prevIssue'
  | 'fontLarger'
  | 'fontSmaller'
  | 'fontReset'
  | 'importFiles'
  | 'importFolder'
  | 'toggleTheme'
  | 'toggleEntities'
  | 'focusEntities'
  | 'nextMention'
  | 'prevMention'
  | 'tagTheme'
  | 'undo'
  | 'redo'
  | 'closeEditor'
  | 'openMemo'
  | 'focusAnnotations'
  | 'export'
  | 'structureMenu'
  | 'help'

/** A key as `KeyboardEvent.key` reports it. `mod` is Ctrl, or ⌘ on macOS. Keys without `mod`
 * are plain printable keys: Shift is ignored for them (`?` is Shift+/ on most layouts) unless
 * the binding says `shift: true`, which then wins over the same key without Shift (`E` vs `e`). */
export interface KeyBinding {
  key: string
  mod?: boolean
  shift?: boolean
}

export interface CommandSpec {
  id: CommandId
  label: MessageKey
  keys: readonly KeyBinding[]
}

export interface Command extends CommandSpec {
  /** `key`: the key that ran it (`1`–`9` tell `tagTheme` which theme). */
  run: (key: string) => void
}

export const commandSpecs: readonly CommandSpec[] = [
  { id: 'nextArticle', label: 'cmd.nextArticle', keys: [{ key: 'j' }, { key: 'n' }] },
  { id: 'prevArticle', label: 'cmd.prevArticle', keys: [{ key: 'k' }, { key: 'p' }] },
  { id: 'nextIssue', label: 'cmd.nextIssue', keys: [{ key: ']' }] },
  { id: 'prevIssue', label: 'cmd.prevIssue', keys: [{ key: '[' }] },
  {
    id: 'fontLarger',
    label: 'cmd.fontLarger',
    // `=` is unshifted `+` on US layouts; accept both so Ctrl/⌘ + "+" works everywhere.
    keys: [
      { key: '=', mod: true },
      { key: '+', mod: true, shift: true },
    ],
  },
  { id: 'fontSmaller', label: 'cmd.fontSmaller', keys: [{ key: '-', mod: true }] },
  { id: 'fontReset', label: 'cmd.fontReset', keys: [{ key: '0', mod: true }] },
  { id: 'importFiles', label: 'cmd.importFiles', keys: [{ key: 'o', mod: true }] },
  { id: 'importFolder', label: 'cmd.importFolder', keys: [{ key: 'o', mod: true, shift: true }] },
  { id: 'toggleTheme', label: 'cmd.toggleTheme', keys: [{ key: 't' }] },
  { id: 'toggleEntities', label: 'cmd.toggleEntities', keys: [{ key: 'e' }] },
  { id: 'focusEntities', label: 'cmd.focusEntities', keys: [{ key: 'e', shift: true }] },
  { id: 'nextMention', label: 'cmd.nextMention', keys: [{ key: '.' }] },
  { id: 'prevMention', label: 'cmd.prevMention', keys: [{ key: ',' }] },
  {
    id: 'tagTheme',
    label: 'cmd.tagTheme',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((key) => ({ key })),
  },
  { id: 'undo', label: 'cmd.undo', keys: [{ key: 'z', mod: true }] },
  {
    id: 'redo',
    label: 'cmd.redo',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
  },
  { id: 'closeEditor', label: 'cmd.closeEditor', keys: [{ key: 'Escape' }] },
  { id: 'openMemo', label: 'cmd.openMemo', keys: [{ key: 'm' }] },
  { id: 'focusAnnotations', label: 'cmd.focusAnnotations', keys: [{ key: 'a' }] },
  { id: 'export', label: 'cmd.export', keys: [{ key: 'e', mod: true }] },
  { id: 'structureMenu', label: 'cmd.structureMenu', keys: [{ key: 's' }] },
  { id: 'help', label: 'cmd.help', keys: [{ key: '?' }] },
]

export function createCommands(run: Record<CommandId, (key: string) => void>): Command[] {
  return commandSpecs.map((spec) => ({ ...spec, run: run[spec.id] }))
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

export function matchesBinding(binding: KeyBinding, event: KeyEventLike): boolean {
  if (event.altKey) return false
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (binding.mod) {
    if (!mod || !!binding.shift !== event.shiftKey) return false
    return key === binding.key
  }
  if (binding.shift && !event.shiftKey) return false
  return !mod && key === binding.key
}

export function findCommand<C extends CommandSpec>(commands: readonly C[], event: KeyEventLike) {
  const match = (shifted: boolean) =>
    commands.find((command) =>
      command.keys.some((b) => !!b.shift === shifted && matchesBinding(b, event)),
    )
  return match(true) ?? match(false)
}

/** How a binding is printed in the help overlay: `⌘=` on macOS, `Ctrl+=` elsewhere. */
export function formatBinding(binding: KeyBinding, mac: boolean): string {
  const key = binding.key.length === 1 ? binding.key.toUpperCase() : binding.key
  if (!binding.mod) return binding.shift ? `Shift+${key}` : binding.key
  const parts = [
    mac ? '⌘' : 'Ctrl',
    ...(binding.shift && binding.key !== '+' ? ['Shift'] : []),
    key,
  ]
  return mac ? parts.join('') : parts.join('+')
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
}
