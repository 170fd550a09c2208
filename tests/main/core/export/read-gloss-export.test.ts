import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import schemaFile from '../../../../schemas/gloss-export.schema.json'
import {
  buildGlossExport,
  glossExportSchema,
  glossExportValidator,
  readGlossExport,
} from '../../../../src/main/core/export'
import { exportInput } from './fixtures'

const exp = buildGlossExport(exportInput())
/** A deep copy to break on purpose. */
const copy = (): Record<string, unknown> & typeof exp => JSON.parse(JSON.stringify(exp))

describe('the published JSON Schema', () => {
  it('is a valid draft 2020-12 schema with an $id', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false })
    expect(ajv.validateSchema(schemaFile)).toBe(true)
    expect(schemaFile.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schemaFile.$id).toMatch(/^urn:gloss:schema:gloss-export:1$/)
    expect(glossExportSchema).toBe(schemaFile)
  })

  it('titles and describes every property', () => {
    const missing: string[] = []
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return
      const record = node as Record<string, unknown>
      const properties = record.properties as Record<string, Record<string, unknown>> | undefined
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (!property.title || !property.description) missing.push(`${path}/${name}`)
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`)
    }
    walk(schemaFile, '')
    expect(missing).toEqual([])
  })

  it.each([
    ['a full export', exp],
    ['a filtered export', buildGlossExport(exportInput({ themeFilter: ['ecology'] }))],
    ['an export of no issue', buildGlossExport(exportInput({ issues: [] }))],
  ])('accepts %s', (_name, value) => {
    const validate = glossExportValidator()
    expect(validate(JSON.parse(JSON.stringify(value))), JSON.stringify(validate.errors)).toBe(true)
  })
})

describe('readGlossExport', () => {
  it('returns a valid export as it is', () => {
    expect(readGlossExport(JSON.parse(JSON.stringify(exp)))).toEqual(exp)
  })

  it.each([
    [
      'a wrong type',
      (e: ReturnType<typeof copy>) => (e.issues[0].annotations[1].start = -1 as never),
      /\/issues\/0\/annotations\/1\/start must be >= 0/,
    ],
    [
      'a missing field',
      (e: ReturnType<typeof copy>) => delete (e.issues[0] as Partial<(typeof e.issues)[0]>).text,
      /\/issues\/0 must have required property 'text'/,
    ],
    [
      'an unknown field',
      (e: ReturnType<typeof copy>) => Object.assign(e.issues[0].articles[0], { colour: 'red' }),
      /\/issues\/0\/articles\/0 must NOT have additional properties \("colour"\)/,
    ],
    [
      'an unknown entity type',
      (e: ReturnType<typeof copy>) =>
        ((e.issues[0].entities[0] as { type: string }).type = 'animal'),
      /\/issues\/0\/entities\/0\/type must be equal to one of the allowed values/,
    ],
    [
      'a bad timestamp',
      (e: ReturnType<typeof copy>) => (e.issues[0].annotations[0].createdAt = 'yesterday'),
      /\/issues\/0\/annotations\/0\/createdAt must match format "date-time"/,
    ],
    [
      'another offset unit',
      (e: ReturnType<typeof copy>) => ((e as { offsetUnit: string }).offsetUnit = 'utf16'),
      /\/offsetUnit must be equal to constant \("codepoint"\)/,
    ],
    [
      'an offset past the text',
      (e: ReturnType<typeof copy>) => (e.issues[0].annotations[2].end = 10_000),
      /\/issues\/0\/annotations\/2 has \[\d+, 10000\) outside the text's \d+ code points/,
    ],
    [
      'a wrong length',
      (e: ReturnType<typeof copy>) => (e.issues[0].charCount = 1),
      /\/issues\/0\/charCount is 1 but the text has \d+ code points/,
    ],
  ])('names the first problem: %s', (_name, breakIt, message) => {
    const broken = copy()
    breakIt(broken)
    expect(() => readGlossExport(broken)).toThrowError(message)
    try {
      readGlossExport(broken)
    } catch (error) {
      expect(error).toMatchObject({ name: 'GlossError', code: 'file-unparsable' })
    }
  })

  it('rejects what is not an export at all', () => {
    expect(() => readGlossExport('{"format":"gloss-export"}')).toThrowError(
      /Not a valid Gloss export: the document must be object/,
    )
    expect(() => readGlossExport({ hello: 'world' })).toThrowError(/must have required property/)
  })

  it('refuses a newer schemaVersion with its own message', () => {
    const newer = { ...copy(), schemaVersion: 2 }
    expect(() => readGlossExport(newer)).toThrowError(
      /has schemaVersion 2; this version of Gloss reads schemaVersion 1/,
    )
  })
})
