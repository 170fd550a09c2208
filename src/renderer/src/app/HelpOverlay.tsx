import { formatBinding, isMacPlatform, type CommandSpec } from '../commands'
import { Dialog } from '../components/Dialog'
import { useI18n } from '../i18n/i18n'

/** The shortcut list, generated from the command registry. */
export function HelpOverlay({
  commands,
  onClose,
}: {
  commands: readonly CommandSpec[]
  onClose: () => void
}) {
  const { t } = useI18n()
  const mac = isMacPlatform()
  return (
    <Dialog title={t('help.title')} onClose={onClose} className="dialog--help">
      <p className="dialog__hint">{t('help.intro')}</p>
      <dl className="shortcuts" data-testid="help-overlay">
        {commands.map((command) => (
          <div className="shortcuts__row" key={command.id}>
            <dt className="shortcuts__keys">
              {command.keys.map((binding, i) => (
                <kbd key={i}>{formatBinding(binding, mac)}</kbd>
              ))}
            </dt>
            <dd className="shortcuts__label">{t(command.label)}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  )
}
