// The desktop menu. Items that are Gloss commands send them to the focused window's page,
// which runs them like the matching shortcut; standard roles do the rest (copy, zoom, quit).
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../../shared/menu-commands'

export function appMenuTemplate(
  getWindow: () => BrowserWindow | null,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () =>
    getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command)
  const isMac = platform === 'darwin'
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: send('import-files') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: send('import-folder') },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // The page decides: native text undo inside a text field, annotation history elsewhere.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        {
          label: 'Redo',
          accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
          click: send('redo'),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    // No accelerator: `?` must stay typeable in memos; the page's own `?` shortcut shows it.
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', click: send('help') }] },
  ]
}
