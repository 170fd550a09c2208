// postinstall: fetches the Electron binary so `npm start` can open the app. Never fails the
// install: offline machines (and CI, which sets ELECTRON_SKIP_BINARY_DOWNLOAD) use `npm run web`.
import { downloadElectronBinary, installedElectronBinary } from './electron-binary.mjs'

if (!installedElectronBinary() && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  const { binary, reason } = downloadElectronBinary({ timeoutMs: 5 * 60 * 1000 })
  if (!binary) {
    console.log(
      `gloss: Electron's binary was not downloaded (${reason}); \`npm start\` will try again, and \`npm run web\` works without it.`,
    )
  }
}
