import type { CSSProperties, RefObject } from 'react'
import type { Annotation, Theme } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { themeName } from '../../../../shared/domain/theme-queries'
import { useMemoDraft } from './use-memo-draft'

interface AnnotationEditorProps {
  annotation: Annotation
  themes: readonly Theme[]
  readOnly: boolean
  onToggleTheme: (themeId: string) => void
  onSaveMemo: (memo: string) => Promise<boolean>
  onDelete: () => void
  onClose: () => void
  memoRef: RefObject<HTMLTextAreaElement | null>
}

function formatTime(iso: string, locale: 'zh' | 'en'): string {
  return new Date(iso).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}

/** One annotation: its quote, themes (toggles), memo (saved as you type), author and times. */
export function AnnotationEditor(props: AnnotationEditorProps) {
  const { annotation, themes, readOnly, memoRef } = props
  const { t, locale } = useI18n()
  const memo = useMemoDraft(annotation.memo, props.onSaveMemo)
  const close = () => {
    memo.flush()
    props.onClose()
  }
  return (
    <section
      className="annotation-editor"
      data-testid="annotation-editor"
      data-annotation-id={annotation.id}
      aria-label={t('annotations.editorLabel')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.stopPropagation()
        close()
      }}
    >
      <header className="annotation-editor__header">
        <blockquote className="annotation-editor__quote" lang="zh-CN">
          {annotation.selector.exact}
        </blockquote>
        <button
          type="button"
          className="icon-button"
          data-testid="close-editor"
          onClick={close}
          aria-label={t('annotations.close')}
          title={t('annotations.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="annotation-editor__themes" role="group" aria-label={t('annotations.themes')}>
        {themes.map((theme) => {
          const on = annotation.themeIds.includes(theme.id)
          return (
            <button
              key={theme.id}
              type="button"
              className="theme-toggle"
              data-testid="annotation-theme"
              data-theme-id={theme.id}
              aria-pressed={on}
              disabled={readOnly}
              style={{ '--theme-colour': theme.colour } as CSSProperties}
              onClick={() => props.onToggleTheme(theme.id)}
            >
              {themeName(theme, locale)}
            </button>
          )
        })}
      </div>
      <label className="field">
        <span className="field__label">{t('annotations.memo')}</span>
        <textarea
          ref={memoRef}
          className="field__input annotation-editor__memo"
          data-testid="annotation-memo"
          rows={4}
          value={memo.text}
          readOnly={readOnly}
          onChange={(e) => memo.onChange(e.target.value)}
          onBlur={memo.flush}
        />
      </label>
      <footer className="annotation-editor__footer">
        <dl className="annotation-editor__meta" data-testid="annotation-meta">
          <dt>{t('annotations.author')}</dt>
          <dd>{annotation.author || t('annotations.noAuthor')}</dd>
          <dt>{t('annotations.created')}</dt>
          <dd>
            <time dateTime={annotation.createdAt}>{formatTime(annotation.createdAt, locale)}</time>
          </dd>
          <dt>{t('annotations.updated')}</dt>
          <dd>
            <time dateTime={annotation.updatedAt}>{formatTime(annotation.updatedAt, locale)}</time>
          </dd>
        </dl>
        {!readOnly && (
          <button
            type="button"
            className="button button--danger"
            data-testid="delete-annotation"
            onClick={props.onDelete}
          >
            {t('annotations.delete')}
          </button>
        )}
      </footer>
    </section>
  )
}
