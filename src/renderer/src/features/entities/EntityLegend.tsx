import { entityTypes } from '../../../../shared/model'
import { useI18n } from '../../i18n/i18n'
import { typeLabelKey } from './entity-labels'
import type { Legend } from './use-legend'

/** One toggle per entity type, with its colour and a short label (colour is never the only cue). */
export function EntityLegend({ legend }: { legend: Legend }) {
  const { t } = useI18n()
  return (
    <div
      className="entity-legend"
      role="group"
      aria-label={t('legend.label')}
      data-testid="entity-legend"
    >
      <button
        type="button"
        className="entity-legend__all"
        aria-pressed={legend.visible}
        onClick={legend.toggleAll}
        title={t('cmd.toggleEntities')}
      >
        {t('legend.all')} <kbd>E</kbd>
      </button>
      {entityTypes.map((type) => (
        <button
          type="button"
          key={type}
          className="entity-legend__toggle"
          data-testid="entity-toggle"
          data-entity-type={type}
          aria-pressed={legend.isShown(type)}
          onClick={() => legend.toggleType(type)}
        >
          <span className="entity-swatch" data-entity-type={type} aria-hidden="true" />
          {t(typeLabelKey[type])}
        </button>
      ))}
    </div>
  )
}
