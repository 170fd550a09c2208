import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import {
  createMainWindow,
  isSameDocument,
  lockDownContents,
} from '../../../../src/main/hosts/electron/secure-window'

class FakeContents extends EventEmitter {
  windowOpenHandler: (() => { action: string }) | null = null
  setWindowOpenHandler(handler: () => { action: string }) {
    this.windowOpenHandler = handler
  }
}

class FakeWindow extends EventEmitter {
  static last: FakeWindow
  webContents = new FakeContents()
  loaded: string | null = null
  shown = false
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    FakeWindow.last = this
  }
  loadURL(url: string) {
    this.loaded = url
    return Promise.resolve()
  }
  show() {
    this.shown = true
  }
}

const rendererUrl = 'file:///app/out/renderer/index.html'

function navigate(contents: FakeContents, event: string, url: string): boolean {
  const preventDefault = vi.fn()
  contents.emit(event, { preventDefault }, url)
  return preventDefault.mock.calls.length === 0
}

describe('the main window', () => {
  it('is isolated, sandboxed and has no Node integration', () => {
    createMainWindow({
      BrowserWindow: FakeWindow as unknown as typeof BrowserWindow,
      preloadPath: '/app/out/preload/index.cjs',
      rendererUrl,
    })
    const prefs = FakeWindow.last.options.webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    })
    expect(FakeWindow.last.loaded).toBe(rendererUrl)
    FakeWindow.last.emit('ready-to-show')
    expect(FakeWindow.last.shown).toBe(true)
  })

  it('denies navigation away from the bundle and every new window', () => {
    createMainWindow({
      BrowserWindow: FakeWindow as unknown as typeof BrowserWindow,
      preloadPath: 'p',
      rendererUrl,
    })
    const contents = FakeWindow.last.webContents
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(false)
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(false)
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:1/')).toBe(false)
    expect(navigate(contents, 'will-navigate', `${rendererUrl}#article-2`)).toBe(true)
    expect(navigate(contents, 'will-attach-webview', 'x')).toBe(false)
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' })
  })

  it('applies the same lock-down to any other web contents', () => {
    const contents = new FakeContents()
    lockDownContents(contents as never, () => false)
    expect(navigate(contents, 'will-navigate', rendererUrl)).toBe(false)
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' })
  })

  it('recognises the renderer document only', () => {
    expect(isSameDocument(`${rendererUrl}?x=1`, rendererUrl)).toBe(true)
    expect(isSameDocument('file:///app/out/renderer/other.html', rendererUrl)).toBe(false)
    expect(isSameDocument('not a url', rendererUrl)).toBe(false)
  })
})
