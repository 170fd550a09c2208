// The folder holding package.json and resources/, found from a module's own location so the
// same code works from src/ (tsx) and from the bundle in out/main/.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function findProjectRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(moduleUrl)}`)
    dir = parent
  }
  return dir
}
