// Finds, and if need be downloads, the Electron binary. electron@41 fetches it in a
// postinstall script that npm 11 runs only for packages `allowScripts` permits; Gloss keeps
// that off (builds here are offline) and runs electron's own installer from its scripts.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/** The binary's path when it is installed, else null. */
export function installedElectronBinary() {
  const dir = electronPackageDir()
  if (!dir) return null
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/** Runs electron's installer (a download); returns the binary or null with the reason. */
export function downloadElectronBinary({ timeoutMs = 10 * 60 * 1000 } = {}) {
  const dir = electronPackageDir()
  if (!dir) return { binary: null, reason: 'the electron package is not installed' }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { binary: null, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' }
  }
  const run = spawnSync(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: timeoutMs,
    encoding: 'utf8',
  })
  const binary = installedElectronBinary()
  if (binary) return { binary, reason: null }
  const lines = (run.stderr ?? '').split('\n').map((line) => line.trim())
  const detail =
    lines.find((line) => /error/i.test(line) && !line.startsWith('at ')) ?? lines.find(Boolean)
  return { binary: null, reason: detail || (run.error ? run.error.message : 'the download failed') }
}
