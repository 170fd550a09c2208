// Removing an issue removes everything the library keeps for it: the issue, its annotations
// and its structure corrections go to the trash, its cached entities are dropped.
import type { AnnotationStore } from '../../store/annotation-store'
import type { LibraryStore } from '../../store/library-store'
import type { StructureStore } from '../../store/structure-store'
import type { EntityService } from '../entities/entity-service'

export interface IssueStores {
  library: LibraryStore
  annotations: AnnotationStore
  entities: EntityService
  structure: StructureStore
}

/** Returns false when the library has no such issue (nothing is touched then). */
export async function removeIssueWithItsData(
  { library, annotations, entities, structure }: IssueStores,
  id: string,
): Promise<boolean> {
  if (!(await library.removeIssue(id))) return false
  await annotations.moveToTrash(id)
  await structure.moveToTrash(id)
  await entities.forgetIssue(id)
  return true
}
