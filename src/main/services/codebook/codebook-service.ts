// Codebook edits over the pure core operations: each is durable before it resolves, moves the
// affected annotations where a merge or delete asks for it, and is undoable as one step.
import { randomUUID } from 'node:crypto'
import type { ExportedFile } from '../../../shared/contract'
import { GlossError } from '../../../shared/errors'
import type { Annotation, Codebook } from '../../../shared/model'
import {
  addTheme,
  codebookFromJson,
  codebookToJson,
  deleteTheme,
  mergeThemes,
  moveTheme,
  retagAnnotations,
  updateTheme,
  type RetagPlan,
  type ThemePatch,
} from '../../core/codebook'
import type { AnnotationStore } from '../../store/annotation-store'
import type { CodebookStore } from '../../store/codebook-store'
import type { LibraryStore } from '../../store/library-store'
import type { ChangeHistory } from '../history'

/** Colours for new top-level themes, distinct and readable on light and dark backgrounds. */
const NEW_THEME_COLOURS = [
  '#c0392b',
  '#2e86c1',
  '#27ae60',
  '#d68910',
  '#8e44ad',
  '#16a085',
  '#a04000',
  '#2c3e50',
]

export interface NewThemeInput {
  name: { zh: string; en: string }
  parentId: string | null
  colour?: string
  description?: { zh: string; en: string }
}

export class CodebookService {
  constructor(
    private readonly library: LibraryStore,
    private readonly store: CodebookStore,
    private readonly annotations: AnnotationStore,
    private readonly history: ChangeHistory,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get codebook(): Codebook {
    return this.store.codebook
  }

  async add(input: NewThemeInput): Promise<{ codebook: Codebook; themeId: string }> {
    const id = randomUUID()
    const parent = input.parentId
      ? this.codebook.themes.find((t) => t.id === input.parentId)
      : undefined
    const topLevel = this.codebook.themes.filter((t) => t.parentId === null).length
    const colour =
      input.colour ?? parent?.colour ?? NEW_THEME_COLOURS[topLevel % NEW_THEME_COLOURS.length]
    const next = addTheme(this.codebook, {
      id,
      name: input.name,
      parentId: input.parentId,
      colour,
      description: input.description ?? { zh: '', en: '' },
    })
    await this.replace(next, `add theme ${input.name.zh || input.name.en}`)
    return { codebook: next, themeId: id }
  }

  async update(id: string, patch: ThemePatch): Promise<Codebook> {
    return this.replace(updateTheme(this.codebook, id, patch), 'edit theme')
  }

  async move(id: string, parentId: string | null, index: number): Promise<Codebook> {
    return this.replace(moveTheme(this.codebook, id, { parentId, index }), 'move theme')
  }

  async merge(fromId: string, intoId: string): Promise<Codebook> {
    const { codebook, retag } = mergeThemes(this.codebook, fromId, intoId)
    return this.replaceAndRetag(codebook, retag, 'merge themes')
  }

  async delete(
    id: string,
    action: { action: 'untag' } | { action: 'move'; themeId: string },
  ): Promise<Codebook> {
    const mode = action.action === 'untag' ? 'untag' : { moveTo: action.themeId }
    const { codebook, annotationsPlan } = deleteTheme(this.codebook, id, mode)
    return this.replaceAndRetag(codebook, annotationsPlan, 'delete theme')
  }

  /** How many annotations use a theme, and in how many issues. */
  async usage(id: string): Promise<{ annotations: number; issues: number }> {
    let annotations = 0
    let issues = 0
    for (const issueId of await this.annotations.annotatedIssueIds()) {
      const count = (await this.annotations.list(issueId)).filter((a) =>
        a.themeIds.includes(id),
      ).length
      annotations += count
      if (count > 0) issues++
    }
    return { annotations, issues }
  }

  /** Merges a gloss-codebook file by theme id: known themes are updated, new ones added.
   * Nothing is removed, so no annotation can lose a theme through an import. */
  async import(json: string): Promise<{ codebook: Codebook; added: number; updated: number }> {
    const incoming = codebookFromJson(json)
    let next = this.codebook
    let added = 0
    let updated = 0
    for (const theme of incoming.themes) {
      const known = next.themes.some((t) => t.id === theme.id)
      if (known) {
        next = updateTheme(next, theme.id, {
          name: theme.name,
          colour: theme.colour,
          description: theme.description,
        })
        updated++
      } else {
        const parentId =
          theme.parentId && next.themes.some((t) => t.id === theme.parentId) ? theme.parentId : null
        next = addTheme(next, { ...theme, parentId })
        added++
      }
    }
    await this.replace(next, 'import codebook')
    return { codebook: next, added, updated }
  }

  export(): ExportedFile {
    return {
      name: 'gloss-codebook.json',
      type: 'application/json',
      content: codebookToJson(this.codebook),
    }
  }

  private async replace(next: Codebook, label: string): Promise<Codebook> {
    this.assertWritable()
    const before = this.codebook
    await this.store.save(next)
    this.history.record({
      label,
      issueId: null,
      codebook: true,
      undo: () => this.store.save(before),
      redo: () => this.store.save(next),
    })
    return next
  }

  /** Saves the codebook and retags every affected annotation, undoable as one step. */
  private async replaceAndRetag(next: Codebook, plan: RetagPlan, label: string): Promise<Codebook> {
    this.assertWritable()
    const before = this.codebook
    const at = this.now().toISOString()
    const changed: Array<{ issueId: string; before: Annotation[]; after: Annotation[] }> = []
    for (const issueId of await this.annotations.annotatedIssueIds()) {
      const current = await this.annotations.list(issueId)
      const retagged = retagAnnotations(current, plan, at)
      if (retagged.changed.length > 0)
        changed.push({ issueId, before: current, after: retagged.annotations })
    }
    // Annotations first: if saving stops half-way, the old theme still exists for the rest.
    for (const { issueId, after } of changed) await this.annotations.update(issueId, () => after)
    await this.store.save(next)
    const apply = async (codebook: Codebook, which: 'before' | 'after') => {
      for (const entry of changed) await this.annotations.update(entry.issueId, () => entry[which])
      await this.store.save(codebook)
    }
    this.history.record({
      label,
      issueId: null,
      codebook: true,
      undo: () => apply(before, 'before'),
      redo: () => apply(next, 'after'),
    })
    return next
  }

  private assertWritable(): void {
    if (this.library.readOnly)
      throw new GlossError('read-only', 'The library is open read-only; nothing was changed.')
  }
}
