// `npm start`: builds Gloss and opens the desktop app (on the bundled sample the first time).
// Arguments after `--` go to the app, e.g. `npm start -- --data-dir ./my-library`.
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { downloadElectronBinary, installedElectronBinary } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

let binary = installedElectronBinary()
if (!binary) {
  const download = downloadElectronBinary()
  binary = download.binary
  if (!binary) {
    console.error(
      `gloss: Electron's binary is not installed (${download.reason}), so the desktop app cannot open here — run \`npm run web\` to use Gloss in your browser.`,
    )
    process.exit(1)
  }
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
if (build.status !== 0) process.exit(build.status ?? 1)

const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE
const app = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env })
app.on('exit', (code) => process.exit(code ?? 0))
