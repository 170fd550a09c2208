import type { ImportOutcome } from '../../../../shared/contract'
import { hasIssueFileExtension } from '../../../../shared/issue-formats'

/** The contract's limit: a file above it would make main reject its whole batch. */
export { MAX_ISSUE_FILE_BYTES as MAX_FILE_BYTES } from '../../../../shared/domain/limits'
/** Files per `importFiles` call: small batches keep progress moving and request bodies modest. */
export const FILES_PER_BATCH = 4
/** Raw bytes per `importFiles` call (base64 adds a third). */
export const BYTES_PER_BATCH = 8 * 1024 * 1024
/** Paths per `importPaths` call (the contract allows 200). */
export const PATHS_PER_BATCH = 20

/** Files worth sending from a folder: those with an extension Gloss reads (text, web pages,
 * Word). Anything else in a folder is left out and counted, not reported one by one (a folder of
 * scans should not produce a hundred "skipped" lines); a file chosen or dropped by itself is
 * always sent, so main can say why it is refused. */
export function looksLikeIssueFile(name: string): boolean {
  return hasIssueFileExtension(name)
}

/** Splits items into consecutive batches of at most `maxItems` and (unless one item alone is
 * bigger) `maxBytes`. */
export function planBatches<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  maxItems: number,
  maxBytes: number,
): T[][] {
  const batches: T[][] = []
  let batch: T[] = []
  let bytes = 0
  for (const item of items) {
    const size = sizeOf(item)
    if (batch.length > 0 && (batch.length >= maxItems || bytes + size > maxBytes)) {
      batches.push(batch)
      batch = []
      bytes = 0
    }
    batch.push(item)
    bytes += size
  }
  if (batch.length > 0) batches.push(batch)
  return batches
}

export interface SkippedFile {
  name: string
  code: string
  message: string
}

export interface ImportSummary {
  imported: number
  duplicates: number
  skipped: SkippedFile[]
  /** Files in a chosen folder that were not sent because they are not issue files. */
  ignored: number
  /** The issue to open: the first newly imported one, else the first already present. */
  openId: string | null
}

export function summarize(outcomes: readonly ImportOutcome[], ignored = 0): ImportSummary {
  const imported = outcomes.filter((o) => o.status === 'imported')
  const duplicates = outcomes.filter((o) => o.status === 'duplicate')
  return {
    imported: imported.length,
    duplicates: duplicates.length,
    skipped: outcomes
      .filter((o) => o.status === 'skipped')
      .map((o) => ({
        name: o.name,
        code: o.error?.code ?? 'internal',
        message: o.error?.message ?? '',
      })),
    ignored,
    openId: imported[0]?.issueId ?? duplicates[0]?.issueId ?? null,
  }
}
