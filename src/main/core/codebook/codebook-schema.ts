import { z } from 'zod'
import { GlossError } from '../../../shared/errors'
import type { Codebook, Theme } from '../../../shared/model'
import { flatten, siblingLists } from '../../../shared/domain/codebook-tree'

const bilingual = z.object({ zh: z.string().trim(), en: z.string().trim() })

export const colourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb')
  .transform((colour) => colour.toLowerCase())

export const themeSchema = z.object({
  id: z.string().trim().min(1, 'must not be empty').max(200),
  name: bilingual.refine(
    (name) => name.zh !== '' || name.en !== '',
    'needs a Chinese or an English name',
  ),
  parentId: z.string().min(1).nullable(),
  colour: colourSchema,
  description: bilingual.default({ zh: '', en: '' }),
})

const codebookShape = z.object({ themes: z.array(themeSchema) })

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'codebook'} ${issue.message}`)
}

/** The structural problems of a shape-valid theme list: duplicate ids, missing parents, cycles. */
function structureProblems(themes: Theme[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const theme of themes) {
    if (ids.has(theme.id)) problems.push(`theme "${theme.id}" appears more than once`)
    ids.add(theme.id)
  }
  for (const theme of themes) {
    if (theme.parentId !== null && !ids.has(theme.parentId)) {
      problems.push(
        `theme "${theme.id}" has a parent "${theme.parentId}" that is not in the codebook`,
      )
    }
  }
  if (problems.length > 0) return problems
  const byId = new Map(themes.map((theme) => [theme.id, theme]))
  const reachable = new Set(flatten(byId, siblingLists(themes)).map((theme) => theme.id))
  for (const theme of themes) {
    if (!reachable.has(theme.id)) problems.push(`theme "${theme.id}" is its own ancestor (a cycle)`)
  }
  return problems
}

/**
 * Checks untrusted data (an imported file, a stored library) and returns the codebook it
 * describes: every theme well-formed (id, a zh or en name, `#rrggbb` colour, lower-cased),
 * ids unique, parents present, no cycles; themes put in display order (depth-first,
 * siblings keeping their given order). Unknown fields are dropped.
 *
 * @throws GlossError 'bad-arguments' listing every problem found.
 */
export function validateCodebook(json: unknown): Codebook {
  const parsed = codebookShape.safeParse(json)
  const problems = parsed.success
    ? structureProblems(parsed.data.themes)
    : formatIssues(parsed.error)
  if (!parsed.success || problems.length > 0) {
    throw new GlossError(
      'bad-arguments',
      `The codebook is not valid: ${problems.slice(0, 10).join('; ')}.`,
    )
  }
  const themes = parsed.data.themes
  return {
    themes: flatten(new Map(themes.map((theme) => [theme.id, theme])), siblingLists(themes)),
  }
}

/** One theme checked against the schema. @throws GlossError 'bad-arguments'. */
export function validateTheme(input: unknown): Theme {
  const parsed = themeSchema.safeParse(input)
  if (!parsed.success) {
    throw new GlossError(
      'bad-arguments',
      `The theme is not valid: ${formatIssues(parsed.error).join('; ')}.`,
    )
  }
  return parsed.data
}
