// `npm run web`: builds the renderer when its sources changed, then serves Gloss on loopback.
// Arguments go to the host: --port N, --data-dir DIR.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const builtIndex = join(root, 'out/renderer/index.html')

function newestMtime(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

const stale =
  !existsSync(builtIndex) ||
  newestMtime(join(root, 'src/renderer')) > statSync(builtIndex).mtimeMs ||
  newestMtime(join(root, 'src/shared')) > statSync(builtIndex).mtimeMs
if (stale) {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const host = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'src/main/hosts/web/main.ts'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
host.on('exit', (code) => process.exit(code ?? 0))
