import { useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { AuthorDialog } from '../annotations/AuthorDialog'

interface AuthorButtonProps {
  author: string
  readOnly: boolean
  onChange: (author: string) => void
}

/** Preferences: the name recorded on every annotation, shown and changed from the toolbar. */
export function AuthorButton({ author, readOnly, onChange }: AuthorButtonProps) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="tool-button tool-button--text"
        data-testid="author-button"
        disabled={readOnly}
        onClick={() => setOpen(true)}
        title={t('author.title')}
      >
        {author || t('author.label')}
      </button>
      {open && (
        <AuthorDialog
          initial={author}
          onSave={(name) => {
            onChange(name)
            setOpen(false)
          }}
          onSkip={() => setOpen(false)}
        />
      )}
    </>
  )
}
