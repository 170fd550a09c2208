// Export and exchange methods of the fake GlossApi. Placeholders until the export UI is built.
import type { GlossApi } from '../../../src/shared/contract'
import { unsupported } from './fake-unsupported'

export type ExportMethods = Pick<GlossApi, 'exportData' | 'saveExport' | 'importGlossExport'>

export function createFakeExport(): ExportMethods {
  return {
    exportData: unsupported('exportData'),
    saveExport: unsupported('saveExport'),
    importGlossExport: unsupported('importGlossExport'),
  }
}
