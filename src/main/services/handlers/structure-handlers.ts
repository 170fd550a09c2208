import type { StructureService } from '../structure/structure-service'
import type { HandlersFor } from './handler-types'

type StructureMethods =
  'getStructureCorrections' | 'addStructureCorrection' | 'removeStructureCorrection'

export function createStructureHandlers(
  structure: StructureService,
): HandlersFor<StructureMethods> {
  return {
    getStructureCorrections: async ({ issueId }) => structure.state(issueId),
    addStructureCorrection: async ({ issueId, at, edit }) => structure.add(issueId, at, edit),
    removeStructureCorrection: async ({ issueId, id }) => structure.remove(issueId, id),
  }
}
