// Upgrades a library index written by an earlier Gloss, one version at a time. Each step
// takes the previous version's JSON and returns the next one's; add a step with every bump.
import { LIBRARY_SCHEMA_VERSION } from './library-schema'

type Step = (data: Record<string, unknown>) => Record<string, unknown>

const steps: Record<number, Step> = {
  // 1 → 2: the user's entity dictionary.
  1: (data) => ({ ...data, schemaVersion: 2, dictionary: [] }),
  // 2 → 3: the author name recorded on annotations.
  2: (data) => ({
    ...data,
    schemaVersion: 3,
    settings: { ...(data.settings as object), author: '' },
  }),
}

/** Returns the index upgraded to the current version; throws on a version it cannot read. */
export function migrateLibrary(raw: Record<string, unknown>): Record<string, unknown> {
  let data = raw
  let version = data.schemaVersion
  while (typeof version === 'number' && version < LIBRARY_SCHEMA_VERSION) {
    const step = steps[version]
    if (!step) throw new Error(`no migration from library format ${version}`)
    data = step(data)
    version = data.schemaVersion
  }
  return data
}

/** Issue files change shape independently of the index; version 1 is still current. */
export function migrateIssueFile(raw: Record<string, unknown>): Record<string, unknown> {
  return raw
}
