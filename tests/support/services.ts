// A full set of services over a temporary library folder, as a host builds them.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServices, type Services } from '../../src/main/services/create-services'

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

export function openServices(dataDir: string, offerSample = true): Promise<Services> {
  return createServices({
    dataDir,
    resourcesDir: join(projectRoot, 'resources'),
    host: { kind: 'cli', readsPaths: true },
    version: 'test',
    offerSample,
  })
}
