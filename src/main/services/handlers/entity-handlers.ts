import type { EntityService } from '../entities/entity-service'
import type { HandlersFor } from './handler-types'

type EntityMethods =
  | 'getIssueEntities'
  | 'getDictionary'
  | 'addDictionaryEntry'
  | 'removeDictionaryEntry'
  | 'findEntityInLibrary'
  | 'previewLearnedRecognition'
  | 'applyLearnedRecognition'

export function createEntityHandlers(entities: EntityService): HandlersFor<EntityMethods> {
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
