// Codebook methods of the fake GlossApi. Placeholders until the themes UI is built.
import type { GlossApi } from '../../../src/shared/contract'
import { unsupported } from './fake-unsupported'

export type CodebookMethods = Pick<
  GlossApi,
  | 'getCodebook'
  | 'addTheme'
  | 'updateTheme'
  | 'moveTheme'
  | 'mergeThemes'
  | 'deleteTheme'
  | 'getThemeUsage'
  | 'importCodebook'
  | 'exportCodebook'
>

export function createFakeCodebook(): CodebookMethods {
  return {
    getCodebook: unsupported('getCodebook'),
    addTheme: unsupported('addTheme'),
    updateTheme: unsupported('updateTheme'),
    moveTheme: unsupported('moveTheme'),
    mergeThemes: unsupported('mergeThemes'),
    deleteTheme: unsupported('deleteTheme'),
    getThemeUsage: unsupported('getThemeUsage'),
    importCodebook: unsupported('importCodebook'),
    exportCodebook: unsupported('exportCodebook'),
  }
}
