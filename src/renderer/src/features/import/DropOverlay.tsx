import { ISSUE_FILE_EXTENSIONS, type IssueFormat } from '../../../../shared/issue-formats'
import { useI18n } from '../../i18n/i18n'

/** `.html, .htm, …` for one format, from the one list of what Gloss reads. */
function extensions(format: IssueFormat): string {
  return ISSUE_FILE_EXTENSIONS[format].map((ext) => `.${ext}`).join(', ')
}

export function DropOverlay() {
  const { t } = useI18n()
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">{t('import.dropTitle')}</p>
        <p className="drop-overlay__hint" data-testid="drop-formats">
          {t('import.dropHint', {
            text: extensions('text'),
            html: extensions('html'),
            docx: extensions('docx'),
          })}
        </p>
        <p className="drop-overlay__hint">{t('import.dropRefused')}</p>
      </div>
    </div>
  )
}
