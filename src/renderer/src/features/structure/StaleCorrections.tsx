import type { StructureCorrection } from '../../../../shared/model'
import type { MessageKey } from '../../i18n/en'
import { useI18n } from '../../i18n/i18n'

function kindKey(c: StructureCorrection): MessageKey {
  if (c.kind === 'role') return `structure.kind.${c.role}`
  return c.kind === 'split' ? 'structure.kind.split' : 'structure.kind.merge'
}

/** Corrections the parse no longer fits: listed so none is lost without a word. */
export function StaleCorrections({
  stale,
  readOnly,
  onRemove,
}: {
  stale: readonly StructureCorrection[]
  readOnly: boolean
  onRemove: (id: string) => void
}) {
  const { t } = useI18n()
  if (stale.length === 0) return null
  return (
    <section className="stale-corrections" data-testid="stale-corrections">
      <h3 className="stale-corrections__title">{t('structure.stale', { n: stale.length })}</h3>
      <p className="stale-corrections__hint">{t('structure.staleHint')}</p>
      <ul className="stale-corrections__list">
        {stale.map((c) => (
          <li key={c.id} className="stale-corrections__item" data-testid="stale-correction">
            <span lang="zh-CN">“{c.quote}”</span> → {t(kindKey(c))}
            {!readOnly && (
              <button
                type="button"
                className="stale-corrections__remove"
                onClick={() => onRemove(c.id)}
              >
                {t('structure.staleRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
