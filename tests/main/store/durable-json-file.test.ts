import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CorruptFileError, DurableJsonFile } from '../../../src/main/store/durable-json-file'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('DurableJsonFile', () => {
  it('reads null for a missing file and back what it wrote', async () => {
    const file = new DurableJsonFile<{ n: number }>(join(await tempDir(), 'a.json'))
    expect(await file.read()).toBeNull()
    await file.write({ n: 1 })
    expect(await file.read()).toEqual({ n: 1 })
  })

  it('applies concurrent writes in order and leaves no temp files', async () => {
    const dir = await tempDir()
    const file = new DurableJsonFile<{ n: number }>(join(dir, 'a.json'))
    await Promise.all(Array.from({ length: 20 }, (_, n) => file.write({ n })))
    expect(JSON.parse(await readFile(join(dir, 'a.json'), 'utf8'))).toEqual({ n: 19 })
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('throws CorruptFileError rather than reading damaged JSON as nothing', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.json'), '{"n": ')
    await expect(new DurableJsonFile(join(dir, 'a.json')).read()).rejects.toBeInstanceOf(
      CorruptFileError,
    )
  })
})
