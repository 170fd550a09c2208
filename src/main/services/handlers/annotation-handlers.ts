import type { AnnotationService } from '../annotations/annotation-service'
import { replaceIssueText, type ReplaceDeps } from '../annotations/replace-issue-text'
import type { ChangeHistory } from '../history'
import type { DomainHandlers } from './handler-types'

export function createAnnotationHandlers(
  annotations: AnnotationService,
  history: ChangeHistory,
  replace: ReplaceDeps,
): DomainHandlers<'annotations'> {
  return {
    listAnnotations: async ({ issueId }) => annotations.list(issueId),
    createAnnotation: async (input) => annotations.create(input),
    updateAnnotation: async ({ issueId, id, ...patch }) => annotations.update(issueId, id, patch),
    deleteAnnotation: async ({ issueId, id }) => ({
      deleted: await annotations.delete(issueId, id),
    }),
    reanchorAnnotation: async ({ issueId, id, start, end }) =>
      annotations.reanchor(issueId, id, start, end),
    replaceIssueText: async ({ id, file }) =>
      replaceIssueText(replace, id, Buffer.from(file.data, 'base64'), file.name),
    getHistory: async () => history.state(),
    undo: () => history.undo(),
    redo: () => history.redo(),
  }
}
