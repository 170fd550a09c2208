import type { StructureService } from '../structure/structure-service'
import type { DomainHandlers } from './handler-types'

export function createStructureHandlers(structure: StructureService): DomainHandlers<'structure'> {
  return {
    getStructureCorrections: async ({ issueId }) => structure.state(issueId),
    addStructureCorrection: async ({ issueId, at, edit }) => structure.add(issueId, at, edit),
    removeStructureCorrection: async ({ issueId, id }) => structure.remove(issueId, id),
  }
}
