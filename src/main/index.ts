// Electron main process: lifecycle only. Everything else is the core, wired by createServices.
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from 'electron'
import { isGlossError } from '../shared/errors'
import { createServices, type Services } from './services/create-services'
import { readAppVersion } from './hosts/app-version'
import { resolveDataDir } from './hosts/data-dir'
import { appMenuTemplate } from './hosts/electron/app-menu'
import { createPathPicker, createSavePicker } from './hosts/electron/file-dialogs'
import { createHostRecogniser } from './hosts/host-recogniser'
import { registerIpc } from './hosts/electron/register-ipc'
import { createMainWindow, isSameDocument, lockDownContents } from './hosts/electron/secure-window'

const here = fileURLToPath(new URL('.', import.meta.url))
const preloadPath = join(here, '../preload/index.cjs')
const rendererUrl =
  process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(here, '../renderer/index.html')).href

let mainWindow: BrowserWindow | null = null
let services: Services | null = null

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
    return
  }
  mainWindow = createMainWindow({ BrowserWindow, preloadPath, rendererUrl })
  mainWindow.on('closed', () => (mainWindow = null))
}

async function start(): Promise<void> {
  await app.whenReady()
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  const appRoot = app.getAppPath()
  const resourcesDir = app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : join(appRoot, 'resources')
  try {
    services = await createServices({
      dataDir: resolveDataDir(process.argv),
      resourcesDir,
      host: {
        kind: 'electron',
        readsPaths: true,
        pickImportPaths: createPathPicker(dialog, () => mainWindow),
        pickSavePath: createSavePicker(dialog, () => mainWindow),
      },
      version: app.getVersion?.() ?? readAppVersion(appRoot),
      recogniser: createHostRecogniser(import.meta.url, resourcesDir),
    })
  } catch (error) {
    dialog.showErrorBox(
      'Gloss cannot open its library',
      isGlossError(error) ? error.message : String(error),
    )
    app.quit()
    return
  }
  registerIpc(ipcMain, services.dispatch, (event) =>
    isSameDocument(event.senderFrame?.url ?? '', rendererUrl),
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(() => mainWindow)))
  showMainWindow()
  app.on('activate', showMainWindow)
}

if (!app.requestSingleInstanceLock()) {
  // Another Gloss owns the library: it is brought to the front instead (second-instance).
  app.quit()
} else {
  app.on('second-instance', showMainWindow)
  app.on('web-contents-created', (_event, contents) =>
    lockDownContents(contents, (url) => isSameDocument(url, rendererUrl)),
  )
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => void services?.close())
  void start()
}
