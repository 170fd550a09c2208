// The export core: annotated JSON, CSV and W3C Web Annotation out; validated JSON back in.
// Pure: returns strings and objects, the caller writes files.

export { annotationKey } from './annotation-key'
export { ANNOTATION_CSV_COLUMNS, THEME_PATH_SEPARATOR, toAnnotationsCsv } from './annotations-csv'
export { type ExportInput, buildGlossExport } from './build-gloss-export'
export { ENTITY_CSV_COLUMNS, toEntitiesCsv } from './entities-csv'
export * from './export-format'
export { type ImportedIssue, fromExportIssue } from './from-export-issue'
export {
  type ImportPlan,
  type ImportProblem,
  type ImportSummary,
  type LibraryKeys,
  planImport,
} from './plan-import'
export { glossExportSchema, glossExportValidator, readGlossExport } from './read-gloss-export'
export { type AnnotationCollection, type WebAnnotation, toWebAnnotations } from './web-annotations'
