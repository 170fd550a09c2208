import { useRef } from 'react'
import { useI18n } from '../../i18n/i18n'

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
              if (file) void file.text().then(onImport)
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
