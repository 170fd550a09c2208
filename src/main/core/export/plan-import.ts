// What importing an export would add to a library, decided before anything is written.
import type { Annotation, IssueDocument, Theme } from '../../../shared/model'
import { annotationKey } from './annotation-key'
import type { ExportIssue, GlossExport } from './export-format'
import { fromExportIssue } from './from-export-issue'
import { sha256Hex } from '../text/sha256-hex'

/** What the library already holds. `annotationKeys` are `annotationKey(...)` with UTF-16 offsets. */
export interface LibraryKeys {
  issueIds: Set<string>
  annotationKeys: Set<string>
  themeIds: Set<string>
}

export type ImportProblemKind = 'issue-id-mismatch' | 'unknown-theme' | 'quote-mismatch'

/** Something the import cannot take as it is; `message` is a sentence for the user. */
export interface ImportProblem {
  kind: ImportProblemKind
  issueId: string
  annotationId: string | null
  message: string
}

export interface ImportSummary {
  issuesAdded: number
  themesAdded: number
  annotationsAdded: number
  /** Annotations the library (or an earlier one in the same export) already has. */
  duplicatesSkipped: number
  /** Annotations left out because their issue could not be imported (see `problems`). */
  annotationsRejected: number
}

export interface ImportPlan {
  /** New issues, UTF-16 offsets, ready for the store. */
  issues: IssueDocument[]
  /** New codebook themes, parents before children. */
  themes: Theme[]
  /** New annotations (on new or existing issues), UTF-16 offsets, each keeping its author. */
  annotations: Annotation[]
  problems: ImportProblem[]
  summary: ImportSummary
}

/**
 * Plans the import of a validated export (see `readGlossExport`) into a library:
 * - an issue whose text does not hash to its id is rejected with its annotations (an edited
 *   text would misplace every offset), and reported;
 * - an issue the library lacks is added; annotations on issues it has are merged;
 * - an annotation is a duplicate when its `annotationKey` is already known (library or import);
 * - a theme id found neither in the library nor in the export's codebook is dropped from the
 *   annotation and reported; an anchored annotation whose quote is not at its offsets is
 *   imported as `orphan` and reported.
 * Pure: `existing` is not modified.
 */
export function planImport(existing: LibraryKeys, exp: GlossExport): ImportPlan {
  const newThemes = exp.codebook.themes.filter((t) => !existing.themeIds.has(t.id))
  const knownThemes = new Set([...existing.themeIds, ...exp.codebook.themes.map((t) => t.id)])
  const seenKeys = new Set(existing.annotationKeys)
  const plan: ImportPlan = {
    issues: [],
    themes: newThemes.map((t) => ({
      id: t.id,
      name: { ...t.name },
      parentId: t.parentId !== null && knownThemes.has(t.parentId) ? t.parentId : null,
      colour: t.colour,
      description: { ...t.description },
    })),
    annotations: [],
    problems: [],
    summary: {
      issuesAdded: 0,
      themesAdded: newThemes.length,
      annotationsAdded: 0,
      duplicatesSkipped: 0,
      annotationsRejected: 0,
    },
  }
  for (const issue of exp.issues) {
    if (!textMatchesId(issue)) {
      plan.problems.push({
        kind: 'issue-id-mismatch',
        issueId: issue.id,
        annotationId: null,
        message: `Issue ${issue.id} (${issue.sourceName}): its text does not match its id, so it was edited after export; it and its ${issue.annotations.length} annotation(s) were not imported.`,
      })
      plan.summary.annotationsRejected += issue.annotations.length
      continue
    }
    const imported = fromExportIssue(issue)
    if (!existing.issueIds.has(issue.id) && !plan.issues.some((d) => d.meta.id === issue.id)) {
      plan.issues.push(imported.document)
      plan.summary.issuesAdded++
    }
    for (const annotation of imported.annotations) {
      const checked = checkAnnotation(
        annotation,
        imported.document.text,
        knownThemes,
        plan.problems,
      )
      const { selector: s } = checked
      const key = annotationKey(checked.issueId, s.start, s.end, s.exact, checked.themeIds)
      if (seenKeys.has(key)) {
        plan.summary.duplicatesSkipped++
        continue
      }
      seenKeys.add(key)
      plan.annotations.push(checked)
      plan.summary.annotationsAdded++
    }
  }
  return plan
}

function textMatchesId(issue: ExportIssue): boolean {
  return sha256Hex(issue.text) === issue.id
}

function checkAnnotation(
  annotation: Annotation,
  text: string,
  knownThemes: Set<string>,
  problems: ImportProblem[],
): Annotation {
  const where = { issueId: annotation.issueId, annotationId: annotation.id }
  const unknown = annotation.themeIds.filter((id) => !knownThemes.has(id))
  for (const id of unknown) {
    problems.push({
      kind: 'unknown-theme',
      ...where,
      message: `Annotation ${annotation.id}: theme ${id} is in neither the library nor the export's codebook; the tag was dropped.`,
    })
  }
  const { start, end, exact } = annotation.selector
  const misplaced = annotation.anchor === 'anchored' && text.slice(start, end) !== exact
  if (misplaced) {
    problems.push({
      kind: 'quote-mismatch',
      ...where,
      message: `Annotation ${annotation.id}: its quote is not at its offsets; imported as an orphan to re-anchor.`,
    })
  }
  return {
    ...annotation,
    themeIds: annotation.themeIds.filter((id) => knownThemes.has(id)),
    anchor: misplaced ? 'orphan' : annotation.anchor,
  }
}
