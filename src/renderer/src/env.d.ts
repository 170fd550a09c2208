/// <reference types="vite/client" />
import type { WireApi } from '../../shared/contract'

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge): exactly the contract, as `Result`s. */
    gloss?: WireApi
  }
}

export {}
