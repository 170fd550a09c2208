import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { appMenuTemplate } from '../../../../src/main/hosts/electron/app-menu'

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ])
}

describe('the application menu', () => {
  it('sends Gloss commands to the page under their usual accelerators', () => {
    const send = vi.fn()
    const window = { webContents: { send } } as unknown as BrowserWindow
    const all = items(appMenuTemplate(() => window, 'linux'))
    const byLabel = (label: string) => all.find((item) => item.label === label)!
    expect(byLabel('Undo').accelerator).toBe('CmdOrCtrl+Z')
    expect(byLabel('Redo').accelerator).toBe('CmdOrCtrl+Y')
    expect(byLabel('Export…').accelerator).toBe('CmdOrCtrl+E')
    for (const [label, command] of [
      ['Undo', 'undo'],
      ['Import Files…', 'import-files'],
      ['Export…', 'export'],
    ] as const) {
      ;(byLabel(label).click as () => void)()
      expect(send).toHaveBeenLastCalledWith('event:menu-command', command)
    }
  })

  it('keeps ? typeable: the shortcuts item has no accelerator', () => {
    const all = items(appMenuTemplate(() => null, 'darwin'))
    expect(all.find((item) => item.label === 'Keyboard Shortcuts')?.accelerator).toBeUndefined()
    expect(all[0].role).toBe('appMenu')
  })
})
