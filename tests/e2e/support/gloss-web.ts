// Starts the built browser host (`out/main/web.js`, what `npm run web` runs) on a free port.
import { spawn, type ChildProcess } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

export interface RunningGloss {
  url: string
  output: () => string
  stop(): Promise<void>
}

export async function startGlossWeb(dataDir: string): Promise<RunningGloss> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(projectRoot, 'out/main/web.js'), '--data-dir', dataDir, '--port', '0'],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GLOSS_DATA_DIR: '' },
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`gloss web did not start:\n${output}`)), 30_000)
    const check = () => {
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolvePromise(match[1])
      }
    }
    child.stdout?.on('data', check)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`gloss web exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop()
        child.once('exit', () => resolveStop())
        child.kill('SIGTERM')
      }),
  }
}
