// The settings as library.json stores them. Declared here, not taken from the wire contract:
// widening what the renderer may send must not silently change what is on disk (that takes a
// LIBRARY_SCHEMA_VERSION bump and a migration step). A type test fails the build the day the
// two drift apart, so the change is made on purpose, on both sides.
import { z } from 'zod'

export const storedSettingsSchema = z.object({
  locale: z.enum(['system', 'zh', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  fontSize: z.number().int().min(12).max(32),
  lastIssueId: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  author: z.string().trim().max(200),
})
export type StoredSettings = z.infer<typeof storedSettingsSchema>

export const defaultStoredSettings: StoredSettings = {
  locale: 'system',
  theme: 'system',
  fontSize: 18,
  lastIssueId: null,
  author: '',
}
