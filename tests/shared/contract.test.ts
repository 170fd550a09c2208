import { describe, expect, it } from 'vitest'
import { apiMethods } from '../../src/shared/api-methods'
import { contract, validateArgs } from '../../src/shared/contract'

const id = 'a'.repeat(64)

describe('the API contract', () => {
  it('declares exactly the methods the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...apiMethods].sort())
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
