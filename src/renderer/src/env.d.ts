/// <reference types="vite/client" />
import type { WireApi } from '../../shared/contract'
import type { MenuBridge } from '../../shared/menu-commands'

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge): exactly the contract, as `Result`s. */
    gloss?: WireApi
    /** Exposed by the Electron preload: the desktop menu's commands. */
    glossMenu?: MenuBridge
  }
}

export {}
