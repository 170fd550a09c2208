// The main window, locked down per Electron's security checklist: isolated, sandboxed, no
// Node in the page, no navigation away from the bundle, no new windows, no permissions.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron'

export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Gloss',
    backgroundColor: '#f7f4ee',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  }
}

/** Denies navigation and new windows for any web contents the app creates. */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow
  preloadPath: string
  /** `file://…/index.html` of the built renderer, or the dev server's URL. */
  rendererUrl: string
}

export function createMainWindow({
  BrowserWindow,
  preloadPath,
  rendererUrl,
}: WindowDeps): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(preloadPath))
  lockDownContents(window.webContents, (url) => isSameDocument(url, rendererUrl))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl)
  return window
}

/** True when `url` is the renderer itself (any hash or query), never another page. */
export function isSameDocument(url: string, rendererUrl: string): boolean {
  try {
    const a = new URL(url)
    const b = new URL(rendererUrl)
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname
  } catch {
    return false
  }
}
