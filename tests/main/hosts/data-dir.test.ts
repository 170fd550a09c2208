import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, readFlag, resolveDataDir } from '../../../src/main/hosts/data-dir'

describe('choosing the data folder', () => {
  it('prefers --data-dir, then GLOSS_DATA_DIR, then the per-user folder', () => {
    expect(resolveDataDir(['--data-dir', 'lib'], { GLOSS_DATA_DIR: '/env' })).toBe(resolve('lib'))
    expect(resolveDataDir(['--data-dir=lib2'], {})).toBe(resolve('lib2'))
    expect(resolveDataDir([], { GLOSS_DATA_DIR: '/env/lib' })).toBe('/env/lib')
    expect(resolveDataDir([], { XDG_CONFIG_HOME: '/cfg' })).toBe(
      defaultDataDir(process.platform, { XDG_CONFIG_HOME: '/cfg' }),
    )
  })

  it('puts the library in the platform app-data folder', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/u/.config' })).toBe(
      '/home/u/.config/Gloss/library',
    )
    expect(defaultDataDir('darwin', {})).toMatch(/Library\/Application Support\/Gloss\/library$/)
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/u/AppData/Roaming' })).toMatch(
      /Roaming[\\/]Gloss[\\/]library$/,
    )
  })

  it('reads flags in both spellings', () => {
    expect(readFlag(['--port', '8080'], '--port')).toBe('8080')
    expect(readFlag(['--port=9'], '--port')).toBe('9')
    expect(readFlag([], '--port')).toBeUndefined()
  })
})
