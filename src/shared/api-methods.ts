// The names of every API method, with no dependencies, so the preload bundle can expose
// exactly the contract without pulling in the validators. `contract.ts` is checked against it.
export const apiMethods = [
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'listIssues',
  'getIssue',
  'importFiles',
  'pickImportPaths',
  'importPaths',
  'removeIssue',
  'updateIssueMeta',
  // Entities
  'getIssueEntities',
  'getDictionary',
  'addDictionaryEntry',
  'removeDictionaryEntry',
  'findEntityInLibrary',
  'previewLearnedRecognition',
  'applyLearnedRecognition',
  // Codebook
  'getCodebook',
  'addTheme',
  'updateTheme',
  'moveTheme',
  'mergeThemes',
  'deleteTheme',
  'getThemeUsage',
  'importCodebook',
  'exportCodebook',
  // Annotations and history
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'reanchorAnnotation',
  'replaceIssueText',
  // Structure corrections
  'getStructureCorrections',
  'addStructureCorrection',
  'removeStructureCorrection',
  'getHistory',
  'undo',
  'redo',
  // Export and exchange
  'exportData',
  'saveExport',
  'importGlossExport',
] as const

export type ApiMethod = (typeof apiMethods)[number]

/** The IPC channel of a method: `api:<method>`. */
export const channelOf = (method: ApiMethod): `api:${ApiMethod}` => `api:${method}`
