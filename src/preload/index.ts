// Exposes exactly the API contract to the page, one method per message; never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron'
import { apiMethods, channelOf, type ApiMethod } from '../shared/api-methods'
import type { WireApi } from '../shared/contract'

const api = Object.fromEntries(
  apiMethods.map((method: ApiMethod) => [method, (args: unknown) => ipcRenderer.invoke(channelOf(method), args)]),
) as unknown as WireApi

contextBridge.exposeInMainWorld('gloss', api)
