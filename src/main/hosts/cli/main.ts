// `npm run cli -- <command>`: Gloss without a window.
//   parse FILE [--json] [--no-entities]   decode, parse and recognise one issue file;
//                                         --json prints the public JSON shape
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { isGlossError } from '../../../shared/errors'
import { toParseOutput } from '../../core/output/parse-output'
import { recogniseEntities } from '../../core/entities/recognise-entities'
import { readIssue } from '../../core/read-issue'

const usage = `Usage: npm run cli -- parse FILE [--json] [--no-entities]`

async function parseCommand(args: string[]): Promise<number> {
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file) {
    console.error(usage)
    return 2
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${basename(file)} could not be read (${error.code ?? error.message})`)
  })
  const issue = readIssue(bytes, basename(file))
  const entities = args.includes('--no-entities') ? undefined : recogniseEntities(issue.text)
  const output = toParseOutput({ ...issue, sourceName: basename(file), entities })
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
    return 0
  }
  console.log(`${basename(file)}: ${output.issue.paper ?? 'unknown paper'}, ${output.issue.date ?? 'no date'}, ${issue.encoding}`)
  output.articles.forEach((article, i) => {
    console.log(`${i + 1}. ${article.title}  (${article.paragraphs.length} paragraphs)`)
  })
  return 0
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'parse') return parseCommand(rest)
  console.error(usage)
  return 2
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`gloss: ${isGlossError(error) || error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
