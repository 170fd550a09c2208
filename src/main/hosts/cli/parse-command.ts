// `parse FILE [--json] [--no-entities]`: decode, parse and recognise one issue file.
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { recogniseEntities } from '../../core/entities/recognise-entities'
import { toParseOutput } from '../../core/output/parse-output'
import { readIssue } from '../../core/read-issue'
import { getEngine } from '../../engines/engine-registry'
import { readBundledTagger } from '../../services/entities/bundled-tagger'
import { findProjectRoot } from '../project-root'
import { parseCliArgs } from './cli-args'

export async function parseCommand(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv, [])
  const file = args.positionals[0]
  if (!file) throw new UsageError('parse needs a FILE')
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${basename(file)} could not be read (${error.code ?? error.message})`)
  })
  const issue = await readIssue(bytes, basename(file))
  const entities = args.has('--no-entities')
    ? undefined
    : recogniseEntities(issue.text, {
        engine: getEngine(),
        tagger: readBundledTagger(join(findProjectRoot(import.meta.url), 'resources'))?.model,
      })
  const output = toParseOutput({ ...issue, sourceName: basename(file), entities })
  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
    return 0
  }
  console.log(
    `${basename(file)}: ${output.issue.paper ?? 'unknown paper'}, ${output.issue.date ?? 'no date'}, ${issue.encoding} ${issue.format}`,
  )
  output.articles.forEach((article, i) => {
    console.log(`${i + 1}. ${article.title}  (${article.paragraphs.length} paragraphs)`)
  })
  if (entities) console.log(`${entities.length} entity mentions`)
  return 0
}

export class UsageError extends Error {}
