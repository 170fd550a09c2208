import { useState, type FormEvent } from 'react'
import type { IssueMeta } from '../../../../shared/model'
import { Dialog } from '../../components/Dialog'
import { useI18n } from '../../i18n/i18n'
import { issueName } from './issue-format'
import type { MetaPatch } from './use-library'

interface RemoveDialogProps {
  issue: IssueMeta
  onConfirm: () => void
  onCancel: () => void
}

export function RemoveDialog({ issue, onConfirm, onCancel }: RemoveDialogProps) {
  const { t } = useI18n()
  return (
    <Dialog title={t('remove.title')} onClose={onCancel}>
      <p className="dialog__text">{t('remove.body', { name: issueName(issue) })}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          data-testid="confirm-remove"
          onClick={onConfirm}
        >
          {t('remove.confirm')}
        </button>
      </div>
    </Dialog>
  )
}

interface EditDialogProps {
  issue: IssueMeta
  onSave: (patch: MetaPatch) => void
  onCancel: () => void
}

export function EditDialog({ issue, onSave, onCancel }: EditDialogProps) {
  const { t } = useI18n()
  const [paper, setPaper] = useState(issue.paper ?? '')
  const [date, setDate] = useState(issue.date ?? '')

  function submit(event: FormEvent) {
    event.preventDefault()
    onSave({ paper: paper.trim() || null, date: date || null })
  }

  return (
    <Dialog title={t('edit.title')} onClose={onCancel}>
      <form className="edit-form" onSubmit={submit} data-testid="edit-issue-form">
        <label className="field">
          <span className="field__label">{t('edit.paper')}</span>
          <input
            className="field__input"
            data-testid="edit-paper"
            value={paper}
            maxLength={200}
            lang="zh-CN"
            onChange={(e) => setPaper(e.target.value)}
            data-autofocus
          />
        </label>
        <label className="field">
          <span className="field__label">{t('edit.date')}</span>
          <input
            className="field__input"
            data-testid="edit-date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <p className="dialog__hint">{t('edit.hint')}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="save-issue-meta">
            {t('edit.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
