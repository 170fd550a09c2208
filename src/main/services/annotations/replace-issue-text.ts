// A corrected source file for an issue already annotated: the new text becomes the issue (with
// its own id), every annotation is re-anchored by quote and context, and none is dropped —
// those that cannot be placed become orphans for the researcher to place or delete.
import { basename } from 'node:path'
import { GlossError } from '../../../shared/errors'
import type { IssueMeta } from '../../../shared/model'
import { codePointLength } from '../../../shared/offsets'
import { reanchorAll } from '../../core/anchoring'
import { readIssue } from '../../core/read-issue'
import type { AnnotationStore } from '../../store/annotation-store'
import { ISSUE_FILE_SCHEMA_VERSION } from '../../store/library-schema'
import type { LibraryStore } from '../../store/library-store'
import type { StructureStore } from '../../store/structure-store'
import type { EntityService } from '../entities/entity-service'
import { removeIssueWithItsData } from '../library/remove-issue'

export interface ReplaceDeps {
  library: LibraryStore
  annotations: AnnotationStore
  entities: EntityService
  structure: StructureStore
  now?: () => Date
}

export async function replaceIssueText(
  { library, annotations, entities, structure, now = () => new Date() }: ReplaceDeps,
  id: string,
  bytes: Uint8Array,
  name: string,
): Promise<{ issue: IssueMeta; anchored: number; orphans: number }> {
  if (library.readOnly)
    throw new GlossError('read-only', 'The library is open read-only; nothing was changed.')
  const old = await library.readIssue(id)
  const next = await readIssue(bytes, basename(name))
  const existing = await annotations.list(id)
  if (next.id === id) return { issue: old.meta, anchored: existing.length, orphans: 0 }
  if (library.findIssue(next.id)) {
    throw new GlossError(
      'bad-arguments',
      `${basename(name)} is already in the library as another issue.`,
    )
  }
  const at = now().toISOString()
  const meta: IssueMeta = {
    ...old.meta,
    id: next.id,
    // What the user set by hand stays; what they never set comes from the corrected file.
    paper: old.meta.paper ?? next.parsed.paper,
    date: old.meta.date ?? next.parsed.date,
    encoding: next.encoding,
    sourceName: basename(name),
    sourcePath: null,
    articleCount: next.parsed.articles.length,
    charCount: codePointLength(next.text),
  }
  await library.addIssue({
    schemaVersion: ISSUE_FILE_SCHEMA_VERSION,
    meta,
    text: next.text,
    articles: next.parsed.articles,
  })
  const moved = reanchorAll(old.text, next.text, existing)
  await annotations.update(next.id, () =>
    moved.annotations.map((a) => ({ ...a, issueId: next.id, updatedAt: at })),
  )
  // Only now, with everything safe under the new id, does the old version go to the trash.
  const wasOpen = library.settings.lastIssueId === id
  // Structure corrections address the old text's offsets, so they stay with it in the trash.
  await removeIssueWithItsData({ library, annotations, entities, structure }, id)
  if (wasOpen) await library.updateSettings({ lastIssueId: next.id })
  await entities.mentionsFor(next.id, next.text).catch((error: unknown) => console.error(error))
  return {
    issue: meta,
    anchored: existing.length - moved.orphans.length,
    orphans: moved.orphans.length,
  }
}
