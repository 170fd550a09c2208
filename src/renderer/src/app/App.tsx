import { useEffect } from 'react'
import type { AppInfo, GlossApi, Settings } from '../../../shared/contract'
import { errorMessage } from '../api/api-error'
import { ApiProvider, useApi } from '../api/context'
import { useQuery } from '../api/use-query'
import { resolveTheme, useApplyTheme, useSystemPrefersDark } from '../features/settings/theme'
import { useSettings } from '../features/settings/use-settings'
import { I18nProvider, resolveLocale, useI18n } from '../i18n/i18n'
import { Workspace } from './Workspace'

/** The whole renderer, given an API: the real client in `main.tsx`, a fake one in tests. */
export function App({ api }: { api: GlossApi }) {
  return (
    <ApiProvider api={api}>
      <Bootstrap />
    </ApiProvider>
  )
}

function Bootstrap() {
  const api = useApi()
  const boot = useQuery('boot', () => Promise.all([api.getAppInfo({}), api.getSettings({})]))
  if (!boot.data) {
    return (
      <I18nProvider locale={resolveLocale('system')}>
        <StartupMessage error={boot.error} />
      </I18nProvider>
    )
  }
  const [appInfo, settings] = boot.data
  return <Shell appInfo={appInfo} initialSettings={settings} />
}

function StartupMessage({ error }: { error: unknown }) {
  const { t } = useI18n()
  return (
    <div className="startup">
      {error != null ? (
        <p role="alert">{t('app.startFailed', { message: errorMessage(error) })}</p>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </div>
  )
}

function Shell({ appInfo, initialSettings }: { appInfo: AppInfo; initialSettings: Settings }) {
  const api = useApi()
  const settingsState = useSettings(api, initialSettings, appInfo.readOnly)
  const { settings } = settingsState
  const systemDark = useSystemPrefersDark()
  useApplyTheme(resolveTheme(settings.theme, systemDark))
  const locale = resolveLocale(settings.locale)
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  }, [locale])

  return (
    <I18nProvider locale={locale}>
      <Workspace appInfo={appInfo} settingsState={settingsState} systemDark={systemDark} />
    </I18nProvider>
  )
}
