// Opens the library in a data folder for one CLI command (with the same lock as the app).
import { createServices, type Services } from '../../services/create-services'
import { readAppVersion } from '../app-version'
import { resolveDataDir } from '../data-dir'
import { findProjectRoot } from '../project-root'
import { join } from 'node:path'

export async function withLibrary<T>(
  argv: readonly string[],
  run: (services: Services) => Promise<T>,
): Promise<T> {
  const root = findProjectRoot(import.meta.url)
  const services = await createServices({
    dataDir: resolveDataDir(argv),
    resourcesDir: join(root, 'resources'),
    host: { kind: 'cli', readsPaths: true },
    version: readAppVersion(root),
    offerSample: false,
  })
  try {
    return await run(services)
  } finally {
    await services.close()
  }
}
