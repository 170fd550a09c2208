// `import PATH... --data-dir DIR`: imports files and folders headlessly, with a progress line
// and a summary naming every skipped file and why.
import { listIssueFiles } from '../../store/list-issue-files'
import type { ImportOutcome } from '../../../shared/contract'
import { parseCliArgs } from './cli-args'
import { withLibrary } from './library-session'
import { UsageError } from './parse-command'

const BATCH = 20

export async function importCommand(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv, ['--data-dir'])
  if (args.positionals.length === 0) throw new UsageError('import needs at least one PATH')
  const files = await listIssueFiles(args.positionals)
  return withLibrary(argv, async ({ handlers, store }) => {
    const outcomes: ImportOutcome[] = []
    for (let i = 0; i < files.length; i += BATCH) {
      const report = await handlers.importPaths({ paths: files.slice(i, i + BATCH) })
      outcomes.push(...report.outcomes)
      progress(`importing ${Math.min(i + BATCH, files.length)}/${files.length}`)
    }
    progress('')
    const count = (status: ImportOutcome['status']) =>
      outcomes.filter((o) => o.status === status).length
    const skipped = outcomes.filter((o) => o.status === 'skipped')
    console.log(
      `${count('imported')} imported, ${count('duplicate')} already in the library, ${skipped.length} skipped — ${store.listIssues().length} issues in ${store.dataDir}`,
    )
    for (const outcome of skipped)
      console.log(`  skipped ${outcome.name}: ${outcome.error?.message ?? 'unknown reason'}`)
    return skipped.length > 0 && count('imported') + count('duplicate') === 0 ? 1 : 0
  })
}

/** One updating line on a terminal; nothing when output is piped (logs stay clean). */
function progress(line: string): void {
  if (!process.stderr.isTTY) return
  process.stderr.write(`\r\x1b[2K${line}`)
}
