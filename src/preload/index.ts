// Exposes exactly the API contract to the page, one method per message, plus the menu's
// commands; never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelOf } from '../shared/api-methods'
import { buildApi } from '../shared/api-proxy'
import type { WireApi } from '../shared/contract'
import {
  MENU_COMMAND_CHANNEL,
  isMenuCommand,
  type MenuBridge,
  type MenuCommand,
} from '../shared/menu-commands'

const api = buildApi<WireApi>(
  (method) => (args: unknown) => ipcRenderer.invoke(channelOf(method), args),
)

const menu: MenuBridge = {
  onCommand(listener: (command: MenuCommand) => void) {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward)
    return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward)
  },
}

contextBridge.exposeInMainWorld('gloss', api)
contextBridge.exposeInMainWorld('glossMenu', menu)
