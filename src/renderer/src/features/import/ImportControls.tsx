import type { ChangeEvent } from 'react'
import { ISSUE_FILE_ACCEPT } from '../../../../shared/issue-formats'
import { useI18n } from '../../i18n/i18n'
import { ImportStatus } from './ImportStatus'
import { fromFileList } from './read-files'
import type { Importer } from './use-import'

// React does not know the non-standard folder attributes; spread them in untyped.
const folderAttributes = { webkitdirectory: '', directory: '' } as Record<string, string>

/** The two import buttons, the hidden inputs a browser needs, and the import status. */
export function ImportControls({ importer }: { importer: Importer }) {
  const { t } = useI18n()
  const { state, dismiss, setFileInput, setFolderInput } = importer
  const off = importer.disabled || importer.busy

  function onPicked(event: ChangeEvent<HTMLInputElement>, fromFolder: boolean) {
    const input = event.currentTarget
    const files = fromFileList(input.files ?? [])
    // Reset so choosing the same file again fires `change` again.
    input.value = ''
    if (files.length > 0) void importer.importPicked(files, fromFolder)
  }

  return (
    <div className="import">
      <div className="import__buttons">
        <button
          type="button"
          className="button button--primary"
          data-testid="import-files"
          onClick={importer.chooseFiles}
          disabled={off}
        >
          {t('import.files')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="import-folder"
          onClick={importer.chooseFolder}
          disabled={off}
        >
          {t('import.folder')}
        </button>
      </div>
      <input
        ref={setFileInput}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        accept={ISSUE_FILE_ACCEPT}
        data-testid="file-input"
        onChange={(e) => onPicked(e, false)}
      />
      <input
        ref={setFolderInput}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        data-testid="folder-input"
        {...folderAttributes}
        onChange={(e) => onPicked(e, true)}
      />
      <ImportStatus state={state} onDismiss={dismiss} />
    </div>
  )
}
