// The native open dialog, expanded into the issue files to import.
import type { BrowserWindow, Dialog } from 'electron'
import { listIssueFiles } from '../../core/library/list-issue-files'

export function createPathPicker(dialog: Pick<Dialog, 'showOpenDialog'>, getWindow: () => BrowserWindow | null) {
  return async (mode: 'files' | 'folder'): Promise<string[]> => {
    const options: Electron.OpenDialogOptions =
      mode === 'files'
        ? {
            title: 'Import issue files',
            properties: ['openFile', 'multiSelections'],
            filters: [
              { name: 'Issue files', extensions: ['txt', 'text'] },
              { name: 'All files', extensions: ['*'] },
            ],
          }
        : { title: 'Import a folder of issues', properties: ['openDirectory'] }
    const window = getWindow()
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    if (result.canceled) return []
    return listIssueFiles(result.filePaths)
  }
}
