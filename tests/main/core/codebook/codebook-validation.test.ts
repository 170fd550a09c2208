import { describe, expect, it } from 'vitest'
import { codebookFromJson, codebookToJson } from '../../../../src/main/core/codebook/codebook-json'
import { codebookFileFormat } from '../../../../src/main/core/codebook/codebook-file'
import { validateCodebook } from '../../../../src/main/core/codebook/codebook-schema'
import { GlossError } from '../../../../src/shared/errors'
import { sample, shape, t } from './fixtures'

function failure(run: () => unknown): GlossError {
  try {
    run()
  } catch (error) {
    if (error instanceof GlossError) return error
    throw error
  }
  throw new Error('expected a GlossError')
}

describe('validateCodebook', () => {
  it('accepts a valid codebook as it is', () => {
    expect(validateCodebook(sample)).toEqual(sample)
  })

  it('puts children after their parents, keeping sibling order', () => {
    const scrambled = {
      themes: [t('c', 'b'), t('e', 'd'), t('b', 'a'), t('d'), t('f', 'a'), t('a')],
    }
    // Top-level d comes before a because that is their relative order in the input.
    expect(shape(validateCodebook(scrambled))).toEqual(['d', 'e<d', 'a', 'b<a', 'c<b', 'f<a'])
  })

  it.each([
    ['not an object', 'nonsense', 'codebook'],
    ['no themes', {}, 'themes'],
    [
      'a bad colour',
      { themes: [{ ...t('a'), colour: '#abc' }] },
      'themes.0.colour must be a colour written #rrggbb',
    ],
    [
      'no names',
      { themes: [{ ...t('a'), name: { zh: '', en: '' } }] },
      'themes.0.name needs a Chinese or an English name',
    ],
    ['a missing name field', { themes: [{ ...t('a'), name: { zh: '党建' } }] }, 'themes.0.name.en'],
    ['a duplicate id', { themes: [t('a'), t('a')] }, 'theme "a" appears more than once'],
    [
      'a missing parent',
      { themes: [t('a', 'ghost')] },
      'parent "ghost" that is not in the codebook',
    ],
    ['a self-parent', { themes: [t('a', 'a')] }, 'theme "a" is its own ancestor'],
    ['a cycle', { themes: [t('r'), t('a', 'b'), t('b', 'a')] }, 'theme "a" is its own ancestor'],
  ])('refuses %s with a clear message', (_, json, message) => {
    const error = failure(() => validateCodebook(json))
    expect(error.code).toBe('bad-arguments')
    expect(error.message).toContain(message)
  })
})

describe('codebook JSON', () => {
  it('round-trips through the gloss-codebook format', () => {
    const text = codebookToJson(sample)
    expect(JSON.parse(text)).toMatchObject({ format: 'gloss-codebook', version: 1 })
    expect(text.endsWith('}\n')).toBe(true)
    expect(codebookFromJson(text)).toEqual(sample)
    expect(codebookFromJson('\uFEFF' + text)).toEqual(sample)
    expect(codebookFileFormat.read(codebookFileFormat.write(sample))).toEqual(sample)
  })

  it.each([
    ['text that is not JSON', '{themes: [', 'not JSON'],
    ['another format', JSON.stringify({ themes: [] }), 'not a Gloss codebook'],
    [
      'a newer version',
      JSON.stringify({ format: 'gloss-codebook', version: 2, themes: [] }),
      'version 2',
    ],
    [
      'an invalid codebook',
      JSON.stringify({ format: 'gloss-codebook', version: 1, themes: [t('a', 'zz')] }),
      '"zz"',
    ],
  ])('refuses %s', (_, text, message) => {
    const error = failure(() => codebookFromJson(text))
    expect(error.code).toBe('file-unparsable')
    expect(error.message).toContain(message)
  })
})
