// `npm run web`: serves Gloss to a browser on 127.0.0.1 and prints the URL with its token.
// Flags: --port N (default: a free port), --data-dir DIR (or $GLOSS_DATA_DIR).
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isGlossError } from '../../../shared/errors'
import { createServices } from '../../services/create-services'
import { readAppVersion } from '../app-version'
import { readFlag, resolveDataDir } from '../data-dir'
import { createHostRecogniser } from '../host-recogniser'
import { findProjectRoot } from '../project-root'
import { startWebHost } from './web-server'

const projectRoot = findProjectRoot(import.meta.url)

async function main(argv: string[]): Promise<void> {
  const rendererDir = resolve(readFlag(argv, '--renderer-dir') ?? join(projectRoot, 'out/renderer'))
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}); run \`npm run build\` first.`)
  }
  const portFlag = readFlag(argv, '--port')
  const port = portFlag === undefined ? 0 : Number(portFlag)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port ${portFlag} is not a port`)

  const services = await createServices({
    dataDir: resolveDataDir(argv),
    resourcesDir: join(projectRoot, 'resources'),
    host: { kind: 'web', readsPaths: false },
    version: readAppVersion(projectRoot),
    recogniser: createHostRecogniser(import.meta.url, join(projectRoot, 'resources')),
  })
  const host = await startWebHost({ dispatch: services.dispatch, rendererDir, port })
  console.log(`Gloss is serving the library in ${services.store.dataDir}`)
  console.log(`Open ${host.url}`)

  const stop = async () => {
    await host.close()
    await services.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(
    `gloss web: ${isGlossError(error) || error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
})
