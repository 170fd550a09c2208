// Where the library lives: `--data-dir DIR`, else $GLOSS_DATA_DIR, else the per-user app data
// folder (the same one Electron's `userData` names for an app called Gloss).
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const DATA_DIR_ENV = 'GLOSS_DATA_DIR'

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = homedir()
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'))
  return join(base, 'Gloss', 'library')
}

/** Reads `--flag value` or `--flag=value` from an argument list. */
export function readFlag(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === flag) return argv[i + 1]
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1)
  }
  return undefined
}

export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): string {
  const chosen = readFlag(argv, '--data-dir') ?? env[DATA_DIR_ENV]
  return chosen ? resolve(chosen) : defaultDataDir(process.platform, env)
}
