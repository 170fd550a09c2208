// `export --data-dir DIR --format json|csv|w3c --out FILE [--issues ID...] [--themes ID...]`.
// CSV writes two files: FILE (annotations) and FILE with `-entities` before its extension.
import { mkdir } from 'node:fs/promises'
import { basename, dirname, extname, resolve } from 'node:path'
import { writeFileDurably } from '../../store/durable-json-file'
import { parseCliArgs } from './cli-args'
import { withLibrary } from './library-session'
import { UsageError } from './parse-command'

const formats = ['json', 'csv', 'w3c'] as const

export async function exportCommand(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv, ['--data-dir', '--format', '--out'], ['--issues', '--themes'])
  const format = args.value('--format') ?? 'json'
  if (!formats.includes(format as (typeof formats)[number]))
    throw new UsageError(`--format must be one of ${formats.join(', ')}`)
  const out = args.value('--out')
  if (!out) throw new UsageError('export needs --out FILE')
  return withLibrary(argv, async ({ exports, store }) => {
    const issueIds = args.values('--issues')
    const unknown = issueIds.filter((id) => !store.findIssue(id))
    if (unknown.length > 0) throw new Error(`no such issue in the library: ${unknown.join(', ')}`)
    const files = await exports.files({
      format: format as (typeof formats)[number],
      issueIds: issueIds.length > 0 ? issueIds : null,
      themeIds: args.values('--themes').length > 0 ? args.values('--themes') : null,
    })
    const target = resolve(out)
    await mkdir(dirname(target), { recursive: true })
    for (const [i, file] of files.entries()) {
      const path = i === 0 ? target : siblingPath(target, file.name)
      await writeFileDurably(path, file.content)
      console.log(`wrote ${path}`)
    }
    return 0
  })
}

/** `out/a.csv` + `…-entities.csv` → `out/a-entities.csv`. */
function siblingPath(first: string, generatedName: string): string {
  const suffix = /-(\w+)\.\w+$/.exec(generatedName)?.[1] ?? 'more'
  const ext = extname(first)
  return resolve(
    dirname(first),
    `${basename(first, ext)}-${suffix}${ext || extname(generatedName)}`,
  )
}
