// The native open dialog, expanded into the issue files to import.
import type { BrowserWindow, Dialog } from 'electron'
import { listIssueFiles } from '../../store/list-issue-files'
import { ALL_ISSUE_EXTENSIONS, ISSUE_FILE_EXTENSIONS } from '../../../shared/issue-formats'

/** The open dialog's filters: exactly the files Gloss reads, all together and by kind. */
export const ISSUE_FILE_FILTERS: Electron.FileFilter[] = [
  { name: 'Issue files (plain text, web pages, Word)', extensions: [...ALL_ISSUE_EXTENSIONS] },
  { name: 'Plain text', extensions: [...ISSUE_FILE_EXTENSIONS.text] },
  { name: 'Web pages', extensions: [...ISSUE_FILE_EXTENSIONS.html] },
  { name: 'Word documents', extensions: [...ISSUE_FILE_EXTENSIONS.docx] },
]

export function createPathPicker(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  getWindow: () => BrowserWindow | null,
) {
  return async (mode: 'files' | 'folder'): Promise<string[]> => {
    const options: Electron.OpenDialogOptions =
      mode === 'files'
        ? {
            title: 'Import issue files',
            properties: ['openFile', 'multiSelections'],
            filters: ISSUE_FILE_FILTERS,
          }
        : { title: 'Import a folder of issues', properties: ['openDirectory'] }
    const window = getWindow()
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    if (result.canceled) return []
    return listIssueFiles(result.filePaths)
  }
}

/** The native save dialog: a file path, or a folder for exports that are several files. */
export function createSavePicker(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  getWindow: () => BrowserWindow | null,
) {
  return async (suggestedName: string, kind: 'file' | 'folder'): Promise<string | null> => {
    const window = getWindow()
    if (kind === 'folder') {
      const options: Electron.OpenDialogOptions = {
        title: 'Choose a folder for the export',
        properties: ['openDirectory', 'createDirectory'],
      }
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
    const options: Electron.SaveDialogOptions = { title: 'Export', defaultPath: suggestedName }
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options)
    return result.canceled ? null : (result.filePath ?? null)
  }
}
