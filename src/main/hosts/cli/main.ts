// `npm run cli -- <command>`: Gloss without a window.
//   parse FILE [--json] [--no-entities]
//   import PATH... [--data-dir DIR]
//   export [--data-dir DIR] --format json|csv|w3c --out FILE [--issues ID...] [--themes ID...]
import { isGlossError } from '../../../shared/errors'
import { exportCommand } from './export-command'
import { importCommand } from './import-command'
import { UsageError, parseCommand } from './parse-command'

const usage = `Usage:
  npm run cli -- parse FILE [--json] [--no-entities]
  npm run cli -- import PATH... [--data-dir DIR]
  npm run cli -- export [--data-dir DIR] --format json|csv|w3c --out FILE [--issues ID...] [--themes ID...]
The library is in --data-dir, else $GLOSS_DATA_DIR, else the app's own data folder.`

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  parse: parseCommand,
  import: importCommand,
  export: exportCommand,
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    console.error(usage)
    return 2
  }
  return command(rest)
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`gloss: ${error.message}\n${usage}`)
      process.exit(2)
    }
    console.error(
      `gloss: ${isGlossError(error) || error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(1)
  },
)
