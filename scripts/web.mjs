// `npm run web`: builds Gloss when its sources changed, then serves it on loopback.
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

const builtHost = join(root, 'out/main/web.js')
const stale =
  !existsSync(builtIndex) ||
  !existsSync(builtHost) ||
  newestMtime(join(root, 'src')) >
    Math.min(statSync(builtIndex).mtimeMs, statSync(builtHost).mtimeMs)
if (stale) {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const host = spawn(process.execPath, [builtHost, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
host.on('exit', (code) => process.exit(code ?? 0))
