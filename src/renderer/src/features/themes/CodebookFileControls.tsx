import { useRef } from 'react'
import { useI18n } from '../../i18n/i18n'

/** A file's text (UTF-8) via FileReader, which every host (and jsdom) has. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsText(file)
  })
}

interface CodebookFileControlsProps {
  readOnly: boolean
  onImport: (json: string) => void
  onExport: () => void
}

/** Import a codebook JSON file (merged by theme id) and export the current one. */
export function CodebookFileControls({ readOnly, onImport, onExport }: CodebookFileControlsProps) {
  const { t } = useI18n()
  const input = useRef<HTMLInputElement>(null)
  return (
    <div className="codebook-files">
      {!readOnly && (
        <>
          <button
            type="button"
            className="link-button"
            data-testid="import-codebook"
            onClick={() => input.current?.click()}
          >
            {t('themes.import')}
          </button>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="import-codebook-input"
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void readText(file).then(onImport)
            }}
          />
        </>
      )}
      <button
        type="button"
        className="link-button"
        data-testid="export-codebook"
        onClick={onExport}
      >
        {t('themes.export')}
      </button>
    </div>
  )
}
