import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react'
import type { Settings } from '../../../shared/contract'
import { en, type Catalogue, type MessageKey } from './en'
import { zh } from './zh'

export type Locale = 'zh' | 'en'
export type { MessageKey }

export const catalogues: Record<Locale, Catalogue> = { en, zh }

export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

/** `system` follows the browser/OS language: Chinese for any `zh*`, English otherwise. */
export function resolveLocale(setting: Settings['locale'], language?: string): Locale {
  if (setting !== 'system') return setting
  const lang = language ?? (typeof navigator === 'undefined' ? 'en' : navigator.language)
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

export function translate(catalogue: Catalogue, key: MessageKey, params: Params = {}): string {
  const message = catalogue[key]
  const template =
    typeof message === 'string' ? message : params.n === 1 ? message.one : message.other
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

interface I18n {
  locale: Locale
  t: Translate
}

const I18nContext = createContext<I18n>({
  locale: 'en',
  t: (key, params) => translate(en, key, params),
})

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = useCallback<Translate>(
    (key, params) => translate(catalogues[locale], key, params),
    [locale],
  )
  const value = useMemo(() => ({ locale, t }), [locale, t])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}
