import { useState, type FormEvent } from 'react'
import { Dialog } from '../../components/Dialog'
import { useI18n } from '../../i18n/i18n'

interface AuthorDialogProps {
  initial: string
  onSave: (name: string) => void
  onSkip: () => void
}

/** Asks once for the name recorded on every annotation (preferences: `settings.author`). */
export function AuthorDialog({ initial, onSave, onSkip }: AuthorDialogProps) {
  const { t } = useI18n()
  const [name, setName] = useState(initial)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim()) onSave(name.trim())
    else onSkip()
  }
  return (
    <Dialog title={t('author.title')} onClose={onSkip}>
      <form data-testid="author-dialog" onSubmit={submit}>
        <p className="dialog__text">{t('author.body')}</p>
        <label className="field">
          <span className="field__label">{t('author.label')}</span>
          <input
            className="field__input"
            data-testid="author-input"
            data-autofocus
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" data-testid="author-skip" onClick={onSkip}>
            {t('author.skip')}
          </button>
          <button type="submit" className="button button--primary" data-testid="author-save">
            {t('author.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
