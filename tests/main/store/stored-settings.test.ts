import { describe, expect, expectTypeOf, it } from 'vitest'
import { defaultSettings, type Settings } from '../../../src/shared/contract'
import {
  defaultStoredSettings,
  storedSettingsSchema,
  type StoredSettings,
} from '../../../src/main/store/stored-settings'

describe('the settings library.json stores', () => {
  it('hold the same fields as the wire today (a drift fails the type check)', () => {
    expectTypeOf<StoredSettings>().toEqualTypeOf<Settings>()
    expect(defaultStoredSettings).toEqual(defaultSettings)
  })

  it('keep what was written and drop keys this version does not store', () => {
    const written = { ...defaultStoredSettings, fontSize: 22, author: '研究者甲', extra: 1 }
    expect(storedSettingsSchema.parse(written)).toEqual({
      ...defaultStoredSettings,
      fontSize: 22,
      author: '研究者甲',
    })
  })

  it('refuse a value outside what the disk format allows', () => {
    expect(storedSettingsSchema.safeParse({ ...defaultStoredSettings, fontSize: 40 }).success).toBe(
      false,
    )
    expect(
      storedSettingsSchema.safeParse({ ...defaultStoredSettings, lastIssueId: 'abc' }).success,
    ).toBe(false)
  })
})
