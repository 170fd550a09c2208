import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  readBundledTagger,
  recogniserVersion,
  TAGGER_FILE,
} from '../../../../src/main/services/entities/bundled-tagger'
import { createInlineRecogniser } from '../../../../src/main/services/entities/recogniser'
import { buildTinyTagger } from '../../../support/tiny-tagger'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()

async function resourcesWith(bytes: Uint8Array | null): Promise<string> {
  const dir = await tempDir()
  if (bytes) {
    await mkdir(join(dir, 'entities'), { recursive: true })
    await writeFile(join(dir, TAGGER_FILE), bytes)
  }
  return dir
}

describe('the bundled tagger', () => {
  it('is absent without a model file, and recognition runs on the rules alone', async () => {
    const dir = await resourcesWith(null)
    expect(readBundledTagger(dir)).toBeNull()
    const recogniser = createInlineRecogniser(readBundledTagger(dir))
    expect(recogniser.version).toMatch(/no-model$/)
    const mentions = await recogniser.recognise('市委书记欧阳明主持会议。', [])
    expect(mentions.find((m) => m.type === 'person')?.text).toBe('欧阳明')
  })

  it('derives the recogniser version from the model bytes', async () => {
    const tiny = buildTinyTagger()
    const one = readBundledTagger(await resourcesWith(tiny.bytes))!
    const changed = tiny.bytes.slice()
    changed[changed.length - 1] ^= 1 // one weight differs
    const two = readBundledTagger(await resourcesWith(changed))!
    expect(recogniserVersion(one)).toContain(one.sha256)
    expect(recogniserVersion(one)).not.toBe(recogniserVersion(two))
    expect(recogniserVersion(one)).not.toBe(recogniserVersion(null))
  })

  it('ignores a damaged model file with a warning instead of failing recognition', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const dir = await resourcesWith(new TextEncoder().encode('GLOSSTAG but truncated'))
    expect(readBundledTagger(dir)).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/rules only/))
    warn.mockRestore()
  })

  it('the shipped model loads and is the one its model card names', async () => {
    const { readFile } = await import('node:fs/promises')
    const resources = join(import.meta.dirname, '../../../../resources')
    const shipped = readBundledTagger(resources)
    expect(shipped).not.toBeNull()
    const card = await readFile(join(resources, 'entities/MODEL-CARD.md'), 'utf8')
    expect(card).toContain(shipped!.sha256)
  })
})
