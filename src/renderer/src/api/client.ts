import type { GlossApi } from '../../../shared/contract'
import { createHttpWire } from './http'
import { takeToken } from './token'
import { unwrapApi } from './unwrap'

/** The API for this window: the preload's `window.gloss` in Electron, HTTP on the browser host. */
export function createGlossApi(win: Window = window): GlossApi {
  if (win.gloss) return unwrapApi(win.gloss)
  return unwrapApi(createHttpWire({ token: takeToken(win) }))
}
