import { useEffect, useState } from 'react'
import type { GlossApi } from '../../../../shared/contract'
import type { LearnedRecognitionPreview, MentionChange } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { Alert } from '../../components/Alert'
import { Dialog } from '../../components/Dialog'
import { useI18n } from '../../i18n/i18n'
import { typeLabelKey } from './entity-labels'

interface LearnDialogProps {
  api: GlossApi
  issueId: string
  /** Called once the learned recognition is applied (refetch entities and the history). */
  onApplied: () => void
  onClose: () => void
}

function ChangeList(props: { title: string; testId: string; changes: readonly MentionChange[] }) {
  const { t } = useI18n()
  if (!props.changes.length) return null
  return (
    <section>
      <h3 className="field__label">{props.title}</h3>
      <ul className="dictionary__list" data-testid={props.testId} lang="zh-CN">
        {props.changes.map((c) => (
          <li
            key={`${c.start}:${c.end}:${c.type}`}
            className="dictionary__entry"
            data-testid="learning-change"
            data-entity-text={c.text}
            data-entity-type={c.type}
          >
            <span className="entity-swatch" data-entity-type={c.type} aria-hidden="true" />
            {c.text} · {t(typeLabelKey[c.type])}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Shows what learning from the corrections would change before it is applied. */
export function LearnDialog({ api, issueId, onApplied, onClose }: LearnDialogProps) {
  const { t } = useI18n()
  const [preview, setPreview] = useState<LearnedRecognitionPreview | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [applying, setApplying] = useState(false)

  useEffect(() => {
    let live = true
    api.previewLearnedRecognition({ issueId }).then(
      (p) => live && setPreview(p),
      (error: unknown) =>
        live && setFailure(t('learning.failed', { message: errorMessage(error) })),
    )
    return () => {
      live = false
    }
  }, [api, issueId, t])

  const apply = async () => {
    if (!preview) return
    setApplying(true)
    try {
      await api.applyLearnedRecognition({ previewId: preview.previewId })
      onApplied()
      onClose()
    } catch (error) {
      setFailure(t('learning.applyFailed', { message: errorMessage(error) }))
      setApplying(false)
    }
  }

  const unchanged = preview && !preview.issue.appeared.length && !preview.issue.disappeared.length
  return (
    <Dialog title={t('learning.title')} onClose={onClose}>
      <div data-testid="learn-dialog" aria-busy={!preview && !failure}>
        {failure && <Alert>{failure}</Alert>}
        {!preview && !failure && (
          <p className="dialog__text" role="status">
            {t('learning.working')}
          </p>
        )}
        {preview && (
          <>
            <p className="dialog__text" data-testid="learning-sentences">
              {t('learning.sentences', { n: preview.sentences })}
            </p>
            <ChangeList
              title={t('learning.appeared')}
              testId="learning-appeared"
              changes={preview.issue.appeared}
            />
            <ChangeList
              title={t('learning.disappeared')}
              testId="learning-disappeared"
              changes={preview.issue.disappeared}
            />
            {unchanged && <p className="dialog__text">{t('learning.noChangeHere')}</p>}
            <p className="dialog__text" data-testid="learning-library">
              {t('learning.library', {
                checked: preview.library.issuesChecked,
                total: preview.library.issuesTotal,
                appeared: preview.library.appeared,
                disappeared: preview.library.disappeared,
              })}
            </p>
            <p className="dialog__text">{t('learning.undoHint')}</p>
          </>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="apply-learning"
            disabled={!preview || applying}
            onClick={() => void apply()}
          >
            {t('learning.apply')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
