import type { CodebookService } from '../codebook/codebook-service'
import type { DomainHandlers } from './handler-types'

export function createCodebookHandlers(codebook: CodebookService): DomainHandlers<'codebook'> {
  return {
    getCodebook: async () => codebook.codebook,
    addTheme: async (input) => codebook.add(input),
    updateTheme: async ({ id, ...patch }) => codebook.update(id, patch),
    moveTheme: async ({ id, parentId, index }) => codebook.move(id, parentId, index),
    mergeThemes: async ({ fromId, intoId }) => codebook.merge(fromId, intoId),
    deleteTheme: async ({ id, annotations }) => codebook.delete(id, annotations),
    getThemeUsage: async ({ id }) => codebook.usage(id),
    importCodebook: async ({ json }) => codebook.import(json),
    exportCodebook: async () => codebook.export(),
  }
}
