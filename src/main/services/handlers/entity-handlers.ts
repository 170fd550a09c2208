import type { EntityService } from '../entities/entity-service'
import type { DomainHandlers } from './handler-types'

export function createEntityHandlers(entities: EntityService): DomainHandlers<'entities'> {
  return {
    getIssueEntities: async ({ id }) => ({ mentions: await entities.mentionsFor(id) }),
    getDictionary: async () => [...entities.dictionary()],
    addDictionaryEntry: async ({ entry, issueId }) => entities.addEntry(entry, issueId),
    removeDictionaryEntry: async ({ id }) => ({ removed: await entities.removeEntry(id) }),
    findEntityInLibrary: async ({ text, type }) => entities.findInLibrary(text, type),
    previewLearnedRecognition: async ({ issueId }) => entities.previewLearned(issueId),
    applyLearnedRecognition: async ({ previewId }) => entities.applyLearned(previewId),
  }
}
