// Expands chosen paths into the files to import: folders recursively, hidden files skipped.
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** A folder import never walks more than this many files (a guard against choosing `/`). */
export const MAX_FILES_PER_IMPORT = 100_000

export async function listIssueFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  const visit = async (path: string): Promise<void> => {
    if (files.length >= MAX_FILES_PER_IMPORT) return
    const info = await stat(path)
    if (info.isFile()) {
      files.push(path)
      return
    }
    if (!info.isDirectory()) return
    const entries = await readdir(path, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      // Symbolic links are not followed, so a link cycle cannot loop the walk.
      if (entry.isDirectory() || entry.isFile()) await visit(join(path, entry.name))
    }
  }
  for (const path of paths) await visit(path)
  return files
}
