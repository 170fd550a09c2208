// The layer rules as the repository's own lint config applies them: code that breaks a layer
// fails, code that keeps to it passes.
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const eslint = new ESLint({ cwd: root })

/** The import-layers messages lint reports for `code` written at `path`. */
async function layerProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) })
  return result.messages.filter((m) => m.ruleId === 'gloss/import-layers').map((m) => m.message)
}

describe('the layer lint', () => {
  it('keeps Node built-ins out of the core, however they are reached', async () => {
    const file = 'src/main/core/text/example.ts'
    expect(await layerProblems(file, "import { readFile } from 'node:fs/promises'\n")).toHaveLength(
      1,
    )
    expect(
      await layerProblems(file, "import { join } from 'path'\nexport const p = join\n"),
    ).toHaveLength(1)
    expect(await layerProblems(file, "export const fs = require('fs')\n")).toHaveLength(1)
    expect(
      await layerProblems(file, "export const fs = process.getBuiltinModule('fs')\n"),
    ).toHaveLength(1)
    expect(await layerProblems(file, "export const m = import('node:fs')\n")).toHaveLength(1)
  })

  it('lets the core import itself, shared and the pure libraries only', async () => {
    const file = 'src/main/core/text/example.ts'
    expect(await layerProblems(file, "export { sha256Hex } from './sha256-hex'\n")).toEqual([])
    expect(await layerProblems(file, "import { z } from 'zod'\nexport const s = z\n")).toEqual([])
    expect(
      await layerProblems(file, "export { LibraryStore } from '../../store/library-store'\n"),
    ).toHaveLength(1)
    expect(
      await layerProblems(file, "import { app } from 'electron'\nexport const a = app\n"),
    ).toHaveLength(1)
  })

  it('lets the store and the services use the file system', async () => {
    const code = "import { readFile } from 'node:fs/promises'\nexport const r = readFile\n"
    expect(await layerProblems('src/main/store/example.ts', code)).toEqual([])
    expect(await layerProblems('src/main/services/example.ts', code)).toEqual([])
    expect(
      await layerProblems(
        'src/main/services/example.ts',
        "import { app } from 'electron'\nexport const a = app\n",
      ),
    ).toHaveLength(1)
  })

  it('keeps the renderer on its side of window.api', async () => {
    const file = 'src/renderer/src/app/example.ts'
    expect(
      await layerProblems(
        file,
        "export { LibraryStore } from '../../../main/store/library-store'\n",
      ),
    ).toHaveLength(1)
    expect(
      await layerProblems(
        file,
        "import { ipcRenderer } from 'electron'\nexport const i = ipcRenderer\n",
      ),
    ).toHaveLength(1)
    expect(
      await layerProblems(file, "export type { IssueMeta } from '../../../shared/model'\n"),
    ).toEqual([])
  })

  it('fails a new import of one renderer feature by another', async () => {
    const file = 'src/renderer/src/features/export/example.ts'
    const problems = await layerProblems(file, "export { ThemeList } from '../themes/ThemeList'\n")
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('export imports themes')
    expect(await layerProblems(file, "export { x } from './other'\n")).toEqual([])
  })

  it('keeps shared free of Node and of main', async () => {
    const file = 'src/shared/example.ts'
    expect(
      await layerProblems(file, "import { join } from 'node:path'\nexport const j = join\n"),
    ).toHaveLength(1)
    expect(
      await layerProblems(file, "export { LibraryStore } from '../main/store/library-store'\n"),
    ).toHaveLength(1)
  })
})
