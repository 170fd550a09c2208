import { useI18n } from '../../i18n/i18n'
import { exportFormats, type ExportFormat } from './export-form'

interface FormatFieldsetProps {
  format: ExportFormat
  onChange: (format: ExportFormat) => void
  disabled: boolean
}

const labels = {
  json: ['export.format.json', 'export.format.jsonHint'],
  csv: ['export.format.csv', 'export.format.csvHint'],
  w3c: ['export.format.w3c', 'export.format.w3cHint'],
} as const

/** The three export formats as a radio group, each with a one-line hint. */
export function FormatFieldset({ format, onChange, disabled }: FormatFieldsetProps) {
  const { t } = useI18n()
  return (
    <fieldset className="export__fieldset" disabled={disabled}>
      <legend className="export__legend">{t('export.format')}</legend>
      {exportFormats.map((value) => {
        const [label, hint] = labels[value]
        return (
          <label className="export__option" key={value}>
            <input
              type="radio"
              name="export-format"
              value={value}
              data-testid="export-format"
              checked={format === value}
              onChange={() => onChange(value)}
              {...(format === value ? { 'data-autofocus': true } : {})}
            />
            <span className="export__option-text">
              <span className="export__option-label">{t(label)}</span>
              <span className="export__option-hint">{t(hint)}</span>
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}
