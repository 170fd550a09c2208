import { dirname, basename } from 'node:path'
import { GlossError } from '../../../shared/errors'
import type { ExportService } from '../export/export-service'
import type { DomainHandlers, HostCapabilities } from './handler-types'

export function createExportHandlers(
  exports: ExportService,
  host: HostCapabilities,
): DomainHandlers<'export'> {
  return {
    exportData: async (scope) => ({ files: await exports.files(scope) }),
    saveExport: async (scope) => {
      if (!host.pickSavePath) {
        throw new GlossError(
          'unsupported',
          'This host has no save dialog; the export is downloaded instead.',
        )
      }
      // CSV is two files (annotations, entities): the user chooses a folder for them.
      if (scope.format === 'csv') {
        const folder = await host.pickSavePath('gloss-export', 'folder')
        return { paths: folder ? await exports.save(scope, folder) : [] }
      }
      const suggested = scope.format === 'json' ? 'gloss-export.gloss.json' : 'gloss-export.jsonld'
      const path = await host.pickSavePath(suggested, 'file')
      return { paths: path ? await exports.save(scope, dirname(path), basename(path)) : [] }
    },
    importGlossExport: async ({ json }) => exports.importExport(json),
  }
}
