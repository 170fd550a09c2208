// Electron cannot run here, so these tests check the *built* app instead: the main bundle
// boots under a stub `electron`, the preload is what a sandbox can load, and the renderer's
// assets resolve from disk.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiMethods } from '../../src/shared/api-methods'
import { useTempDirs } from '../support/temp-dir'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const out = join(root, 'out')
const tempDir = useTempDirs()

beforeAll(() => {
  if (!existsSync(join(out, 'main/index.js'))) {
    throw new Error('No build in out/: run `npm run build` (npm run test:e2e does) first.')
  }
})

interface StubReport {
  singleInstanceLock: boolean
  channels: string[]
  windows: Array<{
    options: { webPreferences: Record<string, unknown> }
    url: string
    deniesNewWindows: boolean
    guardsNavigation: boolean
  }>
  errors: string[]
  permissionHandler: boolean
  menu: string[]
}

describe('the built main bundle', () => {
  it('boots under a stub electron, registers every channel and opens a secure window on the built renderer', async () => {
    const dataDir = await tempDir()
    const reportPath = join(await tempDir(), 'report.json')
    execFileSync(
      process.execPath,
      [
        '--import',
        join(root, 'tests/build/electron-stub/register.mjs'),
        join(out, 'main/index.js'),
        '--data-dir',
        dataDir,
      ],
      {
        env: {
          ...process.env,
          GLOSS_STUB_REPORT: reportPath,
          GLOSS_STUB_APP_PATH: root,
          GLOSS_DATA_DIR: '',
        },
        timeout: 30_000,
        stdio: 'pipe',
      },
    )
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as StubReport
    expect(report.errors).toEqual([])
    expect(report.singleInstanceLock).toBe(true)
    expect(report.permissionHandler).toBe(true)
    expect(report.menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View']))
    expect(report.channels.sort()).toEqual(apiMethods.map((m) => `api:${m}`).sort())
    expect(report.windows).toHaveLength(1)
    const [window] = report.windows
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
    expect(existsSync(window.options.webPreferences.preload as string)).toBe(true)
    expect(window.url).toBe(new URL(`file://${join(out, 'renderer/index.html')}`).href)
    expect(window.deniesNewWindows).toBe(true)
    expect(window.guardsNavigation).toBe(true)
    // The library was created in the chosen folder, with the bundled sample in it.
    const library = JSON.parse(readFileSync(join(dataDir, 'library.json'), 'utf8'))
    expect(library.issues).toHaveLength(1)
    expect(library.issues[0].articleCount).toBe(4)
  })
})

describe('the built preload', () => {
  const source = () => readFileSync(join(out, 'preload/index.cjs'), 'utf8')

  it('is one CommonJS file that requires only electron', () => {
    const requires = [...source().matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
      (m) => m[1],
    )
    expect(new Set(requires)).toEqual(new Set(['electron']))
    expect(source()).not.toMatch(/^\s*import\s/m)
    expect(source()).not.toMatch(/^\s*export\s/m)
  })

  it('exposes exactly the contract and the menu bridge when run as a sandboxed preload', () => {
    const exposed: Record<string, Record<string, unknown>> = {}
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, value: Record<string, unknown>) => (exposed[key] = value),
      },
      ipcRenderer: {
        invoke: async () => ({ ok: true, value: null }),
        on: () => undefined,
        removeListener: () => undefined,
      },
    }
    const module = { exports: {} }
    runInNewContext(source(), {
      require: (name: string) => {
        if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
        return electron
      },
      module,
      exports: module.exports,
    })
    expect(Object.keys(exposed)).toEqual(['gloss', 'glossMenu'])
    expect(Object.keys(exposed.gloss).sort()).toEqual([...apiMethods].sort())
    expect(Object.keys(exposed.glossMenu)).toEqual(['onCommand'])
  })
})

describe('the built renderer', () => {
  it('refers to its assets by relative paths that exist on disk', () => {
    const html = readFileSync(join(out, 'renderer/index.html'), 'utf8')
    // Inline data: URLs (the favicon) load nothing from disk.
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((ref) => !ref.startsWith('data:'))
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) {
      expect(ref, `${ref} must not be absolute under file://`).not.toMatch(/^\/|^[a-z]+:/i)
      expect(existsSync(join(out, 'renderer', ref)), `${ref} exists`).toBe(true)
    }
    expect(html).toMatch(/Content-Security-Policy/)
  })
})
