// Reads an annotated JSON export back: JSON Schema validation (ajv, draft 2020-12) against the
// published schema, then the invariants a schema cannot state (offsets inside the text).

import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import schema from '../../../../schemas/gloss-export.schema.json'
import { GlossError } from '../../../shared/errors'
import { codePointLength } from '../../../shared/offsets'
import { GLOSS_EXPORT_SCHEMA_VERSION, type GlossExport } from './export-format'

/** The published JSON Schema of `GlossExport` (draft 2020-12). */
export const glossExportSchema = schema

// RFC 3339 full-date and date-time (what `new Date().toISOString()` writes, with any offset).
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/

let compiled: ValidateFunction<GlossExport> | null = null

/** The compiled validator, built once on first use. */
export function glossExportValidator(): ValidateFunction<GlossExport> {
  compiled ??= new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    formats: { date: DATE, 'date-time': DATE_TIME },
  }).compile<GlossExport>(schema)
  return compiled
}

/**
 * Checks parsed JSON is a Gloss export this version reads and returns it typed. Offsets stay
 * code points. Throws GlossError `unsupported` for another schemaVersion, `file-unparsable`
 * naming the first problem (JSON pointer and reason) otherwise.
 */
export function readGlossExport(json: unknown): GlossExport {
  const version = isRecord(json) ? json.schemaVersion : undefined
  if (isRecord(json) && json.format === 'gloss-export' && version !== GLOSS_EXPORT_SCHEMA_VERSION) {
    throw new GlossError(
      'unsupported',
      `This Gloss export has schemaVersion ${JSON.stringify(version)}; this version of Gloss reads schemaVersion ${GLOSS_EXPORT_SCHEMA_VERSION}.`,
    )
  }
  const validate = glossExportValidator()
  if (!validate(json)) {
    throw new GlossError(
      'file-unparsable',
      `Not a valid Gloss export: ${describe(validate.errors)}`,
    )
  }
  const problem = firstOffsetProblem(json)
  if (problem) throw new GlossError('file-unparsable', `Not a valid Gloss export: ${problem}`)
  return json
}

function describe(errors: ErrorObject[] | null | undefined): string {
  const error = errors?.[0]
  if (!error) return 'unknown problem.'
  const where = error.instancePath === '' ? 'the document' : error.instancePath
  const extra =
    error.keyword === 'additionalProperties'
      ? ` (${JSON.stringify(error.params.additionalProperty)})`
      : error.keyword === 'enum' || error.keyword === 'const'
        ? ` (${JSON.stringify(error.params.allowedValues ?? error.params.allowedValue)})`
        : ''
  return `${where} ${error.message ?? 'is invalid'}${extra}.`
}

/** The first span outside its issue's text or reversed, as "<pointer>: <reason>", or null. */
function firstOffsetProblem(exp: GlossExport): string | null {
  for (const [i, issue] of exp.issues.entries()) {
    const length = codePointLength(issue.text)
    const at = `/issues/${i}`
    if (issue.charCount !== length) {
      return `${at}/charCount is ${issue.charCount} but the text has ${length} code points.`
    }
    const spans: Array<[string, { start: number; end: number }]> = []
    for (const [j, a] of issue.articles.entries()) {
      const parts = [
        ['kicker', a.kicker],
        ['title', a.title],
        ['byline', a.byline],
        ...a.subtitles.map((s, k) => [`subtitles/${k}`, s] as const),
        ...a.paragraphs.map((s, k) => [`paragraphs/${k}`, s] as const),
        ...(a.credits ?? []).map((s, k) => [`credits/${k}`, s] as const),
      ] as const
      for (const [name, span] of parts) if (span) spans.push([`${at}/articles/${j}/${name}`, span])
    }
    issue.entities.forEach((e, j) => spans.push([`${at}/entities/${j}`, e]))
    issue.annotations.forEach((a, j) => spans.push([`${at}/annotations/${j}`, a]))
    for (const [where, { start, end }] of spans) {
      if (start > end || end > length) {
        return `${where} has [${start}, ${end}) outside the text's ${length} code points.`
      }
    }
  }
  return null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
