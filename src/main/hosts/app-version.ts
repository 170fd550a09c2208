// The version shown to users and written into exports; injected at build time where bundled.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export function readAppVersion(projectRoot: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      version?: string
    }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}
