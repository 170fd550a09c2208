// The researcher's codebook: pure operations returning a new codebook (plus, where annotations
// are affected, a plan the caller applies), validation, and the JSON exchange format.
export { addTheme, type NewTheme } from './add-theme'
export { codebookFileFormat } from './codebook-file'
export {
  codebookFromDocument,
  codebookFromJson,
  codebookToDocument,
  codebookToJson,
  CODEBOOK_FORMAT,
  CODEBOOK_VERSION,
  type CodebookDocument,
} from './codebook-json'
export { validateCodebook } from './codebook-schema'
export { deleteTheme, type DeleteMode } from './delete-theme'
export { mergeThemes } from './merge-themes'
export { moveTheme, type ThemePlacement } from './move-theme'
export { applyRetag, retagAnnotations, type RetagPlan } from './retag'
export {
  filterThemes,
  shortcutThemes,
  SHORTCUT_COUNT,
  themePath,
} from '../../../shared/domain/theme-queries'
export { updateTheme, type ThemePatch } from './update-theme'
