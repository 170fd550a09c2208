import { useId, useState, type CSSProperties } from 'react'
import type { Theme } from '../../../../shared/model'
import { errorMessage } from '../../api/api-error'
import { useI18n } from '../../i18n/i18n'
import { themeRows, toggle } from './export-form'

interface ThemeFilterProps {
  /** The codebook's themes; undefined while it loads. */
  themes: readonly Theme[] | undefined
  loadError: unknown
  on: boolean
  onToggle: (on: boolean) => void
  chosen: ReadonlySet<string>
  onChosen: (chosen: Set<string>) => void
  disabled: boolean
}

/** "Only annotations with these themes": a searchable (zh/en) checklist of codebook themes. */
export function ThemeFilter(props: ThemeFilterProps) {
  const { t, locale } = useI18n()
  const [query, setQuery] = useState('')
  const listId = useId()
  const { themes, chosen } = props
  const rows = themes ? themeRows(themes, query, locale) : []

  return (
    <fieldset className="export__fieldset" disabled={props.disabled}>
      <legend className="export__legend">{t('export.themes')}</legend>
      <label className="export__option">
        <input
          type="checkbox"
          data-testid="export-theme-filter"
          checked={props.on}
          aria-controls={props.on ? listId : undefined}
          onChange={(e) => props.onToggle(e.target.checked)}
        />
        <span className="export__option-text">
          <span className="export__option-label">{t('export.themes.only')}</span>
          <span className="export__option-hint">{t('export.themes.hint')}</span>
        </span>
      </label>
      {props.on && props.loadError != null && (
        <p className="export__muted" role="alert">
          {t('export.themes.failed', { message: errorMessage(props.loadError) })}
        </p>
      )}
      {props.on && !themes && props.loadError == null && (
        <p className="export__muted" role="status">
          {t('export.themes.loading')}
        </p>
      )}
      {props.on && themes && (
        <div className="export__checklist">
          <input
            type="search"
            className="field__input export__filter"
            aria-label={t('export.themes.search')}
            placeholder={t('export.themes.search')}
            aria-controls={listId}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul id={listId} className="export__list" aria-label={t('export.themes.only')}>
            {rows.map(({ theme, depth, label, alt }) => (
              <li key={theme.id} style={{ '--depth': depth } as CSSProperties}>
                <label className="export__check export__theme">
                  <input
                    type="checkbox"
                    data-testid="export-theme"
                    data-theme-id={theme.id}
                    checked={chosen.has(theme.id)}
                    onChange={(e) => props.onChosen(toggle(chosen, theme.id, e.target.checked))}
                  />
                  <span
                    className="export__swatch"
                    style={{ background: theme.colour }}
                    aria-hidden="true"
                  />
                  <span lang={label === theme.name.zh ? 'zh-CN' : 'en'}>{label}</span>
                  {alt && <span className="export__muted">{alt}</span>}
                </label>
              </li>
            ))}
          </ul>
          {rows.length === 0 && <p className="export__muted">{t('export.themes.noMatch')}</p>}
        </div>
      )}
    </fieldset>
  )
}
