import { useState } from 'react'
import type { Codebook, Theme } from '../../../../shared/model'
import { Dialog } from '../../components/Dialog'
import { useI18n } from '../../i18n/i18n'
import { ThemeChoice } from './ThemeChoice'
import { themeName } from '../../../../shared/domain/theme-queries'
import { useThemeUsage, type Usage } from './use-theme-usage'

interface MergeThemeDialogProps {
  codebook: Codebook
  theme: Theme
  fetchUsage: (id: string) => Promise<Usage>
  onConfirm: (intoId: string) => void
  onCancel: () => void
}

/** Merges a theme into another: its annotations move there, then it is removed. */
export function MergeThemeDialog(props: MergeThemeDialogProps) {
  const { codebook, theme, fetchUsage, onConfirm, onCancel } = props
  const { t, locale } = useI18n()
  const usage = useThemeUsage(theme.id, fetchUsage)
  const [target, setTarget] = useState(codebook.themes.find((c) => c.id !== theme.id)?.id ?? '')
  const name = themeName(theme, locale)
  return (
    <Dialog title={t('themes.mergeTitle', { name })} onClose={onCancel}>
      <div data-testid="merge-theme-dialog">
        <label className="field">
          <span className="field__label">{t('themes.mergeInto')}</span>
          <ThemeChoice
            codebook={codebook}
            exclude={theme.id}
            value={target}
            onChange={setTarget}
            testId="merge-target"
            label={t('themes.mergeInto')}
          />
        </label>
        {usage.value && (
          <p className="dialog__text" data-testid="theme-usage">
            {t('themes.mergeUsage', { n: usage.value.annotations, issues: usage.value.issues })}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="confirm-merge-theme"
            disabled={!target}
            onClick={() => onConfirm(target)}
          >
            {t('themes.mergeConfirm')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
