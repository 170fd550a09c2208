// Annotation and undo-history methods of the fake GlossApi. Placeholders until the
// annotations UI is built.
import type { GlossApi } from '../../../src/shared/contract'
import { unsupported } from './fake-unsupported'

export type AnnotationMethods = Pick<
  GlossApi,
  | 'listAnnotations'
  | 'createAnnotation'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'reanchorAnnotation'
  | 'replaceIssueText'
  | 'getHistory'
  | 'undo'
  | 'redo'
>

export function createFakeAnnotations(): AnnotationMethods {
  return {
    listAnnotations: unsupported('listAnnotations'),
    createAnnotation: unsupported('createAnnotation'),
    updateAnnotation: unsupported('updateAnnotation'),
    deleteAnnotation: unsupported('deleteAnnotation'),
    reanchorAnnotation: unsupported('reanchorAnnotation'),
    replaceIssueText: unsupported('replaceIssueText'),
    getHistory: unsupported('getHistory'),
    undo: unsupported('undo'),
    redo: unsupported('redo'),
  }
}
