import { describe, expect, expectTypeOf, it } from 'vitest'
import { apiMethods, type ApiMethod } from '../../src/shared/api-methods'
import {
  apiDeclaration,
  contract,
  validateArgs,
  type ApiResults,
  type DeclaredMethod,
  type DomainMethod,
} from '../../src/shared/contract'
import type { Codebook } from '../../src/shared/model'

const id = 'a'.repeat(64)

describe('the API contract', () => {
  it('declares exactly the methods the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...apiMethods].sort())
  })

  it('names the same methods in the zod-free list as in the declaration (checked by tsc)', () => {
    expectTypeOf<ApiMethod>().toEqualTypeOf<DeclaredMethod>()
  })

  it('declares each method in exactly one domain', () => {
    const declared = Object.values(apiDeclaration).flatMap((domain) => Object.keys(domain))
    expect(declared.sort()).toEqual([...apiMethods].sort())
  })

  it('derives result types and domains from the declaration', () => {
    expectTypeOf<ApiResults['getCodebook']>().toEqualTypeOf<Codebook>()
    expectTypeOf<DomainMethod<'structure'>>().toEqualTypeOf<
      'getStructureCorrections' | 'addStructureCorrection' | 'removeStructureCorrection'
    >()
  })

  it('accepts well-formed arguments', () => {
    expect(validateArgs('getIssue', { id }).ok).toBe(true)
    expect(validateArgs('listIssues', undefined).ok).toBe(true)
    expect(validateArgs('updateSettings', { fontSize: 20, theme: 'dark' }).ok).toBe(true)
    expect(validateArgs('updateIssueMeta', { id, date: '2023-04-26', paper: null }).ok).toBe(true)
  })

  it.each([
    ['getIssue', { id: '../../etc/passwd' }],
    ['getIssue', {}],
    ['getIssue', { id, extra: true }],
    ['updateSettings', { fontSize: 99 }],
    ['updateSettings', { theme: 'neon' }],
    ['updateIssueMeta', { id, date: '26/04/2023' }],
    ['importFiles', { files: [] }],
    ['importFiles', { files: [{ name: '', data: '' }] }],
    ['importPaths', { paths: 'not-an-array' }],
    ['pickImportPaths', { mode: 'everything' }],
  ] as const)('rejects bad arguments to %s: %j', (method, args) => {
    const result = validateArgs(method, args)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(method)
  })
})
