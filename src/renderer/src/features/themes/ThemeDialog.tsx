import { useState, type FormEvent } from 'react'
import type { Codebook, Theme } from '../../../../shared/model'
import { Dialog } from '../../components/Dialog'
import { useI18n } from '../../i18n/i18n'
import { themeDepths, themeName } from '../../../../shared/domain/theme-queries'
import { descendantIds } from '../../../../shared/domain/codebook-tree'

export interface ThemeFields {
  name: { zh: string; en: string }
  colour: string
  description: { zh: string; en: string }
  parentId: string | null
}

interface ThemeDialogProps {
  codebook: Codebook
  /** The theme being edited; null to add a new one. */
  theme: Theme | null
  onSave: (fields: ThemeFields) => void
  onCancel: () => void
}

const NEW_COLOUR = '#3b7bbf'

/** Adds or edits a theme: names in both languages, colour, description, parent (nesting). */
export function ThemeDialog({ codebook, theme, onSave, onCancel }: ThemeDialogProps) {
  const { t, locale } = useI18n()
  const [zh, setZh] = useState(theme?.name.zh ?? '')
  const [en, setEn] = useState(theme?.name.en ?? '')
  const [colour, setColour] = useState(theme?.colour ?? NEW_COLOUR)
  const [descZh, setDescZh] = useState(theme?.description.zh ?? '')
  const [descEn, setDescEn] = useState(theme?.description.en ?? '')
  const [parentId, setParentId] = useState(theme?.parentId ?? '')
  const excluded = theme ? new Set([theme.id, ...descendantIds(codebook, theme.id)]) : new Set()
  const depths = themeDepths(codebook)
  const valid = zh.trim().length > 0 || en.trim().length > 0

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!valid) return
    onSave({
      name: { zh: zh.trim(), en: en.trim() },
      colour,
      description: { zh: descZh.trim(), en: descEn.trim() },
      parentId: parentId || null,
    })
  }

  return (
    <Dialog title={t(theme ? 'themes.editTitle' : 'themes.addTitle')} onClose={onCancel}>
      <form className="form theme-form" onSubmit={submit} data-testid="theme-dialog">
        <label className="field">
          <span className="field__label">{t('themes.nameZh')}</span>
          <input
            className="field__input"
            lang="zh-CN"
            value={zh}
            onChange={(e) => setZh(e.target.value)}
            data-testid="theme-name-zh"
            data-autofocus
          />
        </label>
        <label className="field">
          <span className="field__label">{t('themes.nameEn')}</span>
          <input
            className="field__input"
            lang="en"
            value={en}
            onChange={(e) => setEn(e.target.value)}
            data-testid="theme-name-en"
          />
        </label>
        <label className="field field--inline">
          <span className="field__label">{t('themes.colour')}</span>
          <input
            type="color"
            className="field__input field__input--colour"
            value={colour}
            onChange={(e) => setColour(e.target.value)}
            data-testid="theme-colour"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('themes.parent')}</span>
          <select
            className="field__input"
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            data-testid="theme-parent"
          >
            <option value="">{t('themes.topLevel')}</option>
            {codebook.themes
              .filter((c) => !excluded.has(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {'\u2003'.repeat(depths.get(c.id) ?? 0)}
                  {themeName(c, locale)}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('themes.descriptionZh')}</span>
          <textarea
            className="field__input"
            lang="zh-CN"
            rows={2}
            value={descZh}
            onChange={(e) => setDescZh(e.target.value)}
            data-testid="theme-description-zh"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('themes.descriptionEn')}</span>
          <textarea
            className="field__input"
            lang="en"
            rows={2}
            value={descEn}
            onChange={(e) => setDescEn(e.target.value)}
            data-testid="theme-description-en"
          />
        </label>
        {!valid && <p className="field__hint">{t('themes.nameNeeded')}</p>}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!valid}
            data-testid="theme-save"
          >
            {t('themes.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
