import type { AnnotationService } from '../annotations/annotation-service'
import type { ChangeHistory } from '../history'
import type { HandlersFor } from './handler-types'

type AnnotationMethods =
  | 'listAnnotations'
  | 'createAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'getHistory'
  | 'undo'
  | 'redo'

export function createAnnotationHandlers(
  annotations: AnnotationService,
  history: ChangeHistory,
): HandlersFor<AnnotationMethods> {
  return {
    listAnnotations: async ({ issueId }) => annotations.list(issueId),
    createAnnotation: async (input) => annotations.create(input),
    updateAnnotation: async ({ issueId, id, ...patch }) => annotations.update(issueId, id, patch),
    deleteAnnotation: async ({ issueId, id }) => ({ deleted: await annotations.delete(issueId, id) }),
    getHistory: async () => history.state(),
    undo: () => history.undo(),
    redo: () => history.redo(),
  }
}
