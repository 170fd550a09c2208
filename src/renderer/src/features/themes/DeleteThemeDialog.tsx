import { useState } from 'react'
import type { ApiArgs } from '../../../../shared/contract'
import type { Codebook, Theme } from '../../../../shared/model'
import { Dialog } from '../../components/Dialog'
import { useI18n } from '../../i18n/i18n'
import { ThemeChoice } from './ThemeChoice'
import { themeName } from '../../../../shared/domain/theme-queries'
import { useThemeUsage, type Usage } from './use-theme-usage'

interface DeleteThemeDialogProps {
  codebook: Codebook
  theme: Theme
  fetchUsage: (id: string) => Promise<Usage>
  onConfirm: (annotations: ApiArgs['deleteTheme']['annotations']) => void
  onCancel: () => void
}

/** Deletes a theme after saying how many annotations use it and asking what happens to them:
 * they lose this tag, or take another theme instead. Nothing is dropped silently. */
export function DeleteThemeDialog(props: DeleteThemeDialogProps) {
  const { codebook, theme, fetchUsage, onConfirm, onCancel } = props
  const { t, locale } = useI18n()
  const usage = useThemeUsage(theme.id, fetchUsage)
  const [action, setAction] = useState<'untag' | 'move'>('untag')
  const firstOther = codebook.themes.find((c) => c.id !== theme.id)?.id ?? ''
  const [target, setTarget] = useState(firstOther)
  const used = (usage.value?.annotations ?? 0) > 0
  const ready = usage.value !== null || usage.failed

  return (
    <Dialog title={t('themes.deleteTitle', { name: themeName(theme, locale) })} onClose={onCancel}>
      <div data-testid="delete-theme-dialog">
        <p className="dialog__text" data-testid="theme-usage">
          {usage.value
            ? t('themes.usage', { n: usage.value.annotations, issues: usage.value.issues })
            : usage.failed
              ? t('themes.usageFailed')
              : t('themes.usageLoading')}
        </p>
        {(used || usage.failed) && (
          <fieldset className="choice">
            <legend className="field__label">{t('themes.deleteAsk')}</legend>
            <label className="choice__option">
              <input
                type="radio"
                name="delete-action"
                checked={action === 'untag'}
                onChange={() => setAction('untag')}
                data-testid="delete-untag"
              />
              {t('themes.deleteUntag')}
            </label>
            <label className="choice__option">
              <input
                type="radio"
                name="delete-action"
                checked={action === 'move'}
                onChange={() => setAction('move')}
                disabled={!firstOther}
                data-testid="delete-move"
              />
              {t('themes.deleteMove')}
            </label>
            {action === 'move' && (
              <ThemeChoice
                codebook={codebook}
                exclude={theme.id}
                value={target}
                onChange={setTarget}
                testId="delete-move-target"
                label={t('themes.deleteMove')}
              />
            )}
          </fieldset>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            data-testid="confirm-delete-theme"
            disabled={!ready}
            onClick={() =>
              onConfirm(
                action === 'move' && target
                  ? { action: 'move', themeId: target }
                  : { action: 'untag' },
              )
            }
          >
            {t('themes.deleteConfirm')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
