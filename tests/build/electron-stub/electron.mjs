// A recording stand-in for the `electron` module. When the app loads its window it writes
// what it saw to $GLOSS_STUB_REPORT and exits.
import { writeFileSync } from 'node:fs'
import { EventEmitter } from 'node:events'

const report = {
  singleInstanceLock: false,
  channels: [],
  windows: [],
  errors: [],
  permissionHandler: false,
  menu: [],
}
const finish = () => {
  writeFileSync(process.env.GLOSS_STUB_REPORT, JSON.stringify(report, null, 2))
  process.exit(0)
}

class App extends EventEmitter {
  isPackaged = false
  whenReady() {
    return Promise.resolve()
  }
  requestSingleInstanceLock() {
    report.singleInstanceLock = true
    return true
  }
  getAppPath() {
    return process.env.GLOSS_STUB_APP_PATH
  }
  getVersion() {
    return '0.0.0-stub'
  }
  quit() {
    finish()
  }
}

export const app = new App()

class WebContents extends EventEmitter {
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.webContents = new WebContents()
    report.windows.push({ options })
  }
  loadURL(url) {
    report.windows.at(-1).url = url
    report.windows.at(-1).deniesNewWindows =
      this.webContents.windowOpenHandler?.().action === 'deny'
    report.windows.at(-1).guardsNavigation = this.webContents.listenerCount('will-navigate') > 0
    setTimeout(finish, 10)
    return Promise.resolve()
  }
  isDestroyed() {
    return false
  }
  show() {}
}

export const ipcMain = {
  handle(channel) {
    report.channels.push(channel)
  },
}

export const dialog = {
  showErrorBox(title, message) {
    report.errors.push(`${title}: ${message}`)
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler() {
      report.permissionHandler = true
    },
  },
}

export const Menu = {
  buildFromTemplate(template) {
    return { template }
  },
  setApplicationMenu(menu) {
    report.menu = menu.template.map((item) => item.label ?? item.role)
  },
}

export default { app, BrowserWindow, ipcMain, dialog, session, Menu }
