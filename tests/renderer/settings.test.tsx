import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { nextTheme } from '../../src/renderer/src/features/settings/theme'
import { sampleLibrary } from './support/fixtures'
import { findArticleTitle, renderApp } from './support/render-app'

function readerFontSize() {
  return screen.getByTestId('reader').style.getPropertyValue('--reader-font-size')
}

describe('settings', () => {
  it('changes the font size with A−/A+ and persists it', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary(), settings: { fontSize: 18 } })
    expect(readerFontSize()).toBe('18px')
    await user.click(screen.getByTestId('font-larger'))
    await user.click(screen.getByTestId('font-larger'))
    expect(readerFontSize()).toBe('20px')
    expect(api.updateSettings).toHaveBeenLastCalledWith({ fontSize: 20 })
    await user.click(screen.getByTestId('font-smaller'))
    expect(api.updateSettings).toHaveBeenLastCalledWith({ fontSize: 19 })
  })

  it('changes the font size with Ctrl+= / Ctrl+- / Ctrl+0 within 12–32', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary(), settings: { fontSize: 31 } })
    // The stored size applies once the settings have loaded: start from it, not the default.
    await waitFor(() => expect(readerFontSize()).toBe('31px'))
    await user.keyboard('{Control>}={/Control}{Control>}={/Control}')
    expect(readerFontSize()).toBe('32px')
    expect(screen.getByTestId('font-larger')).toBeDisabled()
    await user.keyboard('{Control>}-{/Control}')
    expect(api.updateSettings).toHaveBeenLastCalledWith({ fontSize: 31 })
    await user.keyboard('{Control>}0{/Control}')
    expect(readerFontSize()).toBe('18px')
    expect(api.updateSettings).toHaveBeenLastCalledWith({ fontSize: 18 })
  })

  it('toggles the theme from the toolbar and with t, and persists it', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary(), settings: { theme: 'light' } })
    // The theme is applied once the settings have loaded, after the first render: wait for it.
    const theme = (expected: string) =>
      waitFor(() => expect(document.documentElement.dataset.theme).toBe(expected))
    await theme('light')
    await user.click(screen.getByTestId('theme-toggle'))
    await theme('dark')
    expect(api.updateSettings).toHaveBeenLastCalledWith({ theme: 'dark' })
    await user.keyboard('t')
    // jsdom has no prefers-color-scheme: "system" resolves to light, a visible change from dark.
    expect(api.updateSettings).toHaveBeenLastCalledWith({ theme: 'system' })
    await theme('light')
    expect(screen.getByTestId('theme-toggle')).toHaveAttribute('data-theme-setting', 'system')
  })

  it('cycles themes so that every step changes what is shown', () => {
    expect(nextTheme('system', false)).toBe('dark')
    expect(nextTheme('system', true)).toBe('light')
    expect(nextTheme('light', false)).toBe('dark')
    expect(nextTheme('dark', false)).toBe('system')
    expect(nextTheme('dark', true)).toBe('light')
  })

  it('switches the UI language and persists it', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary(), settings: { locale: 'en' } })
    await findArticleTitle('全力奋战二季度 确保实现“双过半”')
    expect(screen.getByTestId('import-files')).toHaveTextContent('Import files…')
    await user.selectOptions(screen.getByTestId('locale-switch'), 'zh')
    expect(screen.getByTestId('import-files')).toHaveTextContent('导入文件…')
    expect(screen.getByTestId('issue-date')).toHaveTextContent('2023年4月26日')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(api.updateSettings).toHaveBeenLastCalledWith({ locale: 'zh' })
  })

  it('follows the system language when the locale is "system"', async () => {
    await renderApp({ issues: [], settings: { locale: 'system' } })
    // jsdom reports navigator.language "en-US".
    expect(screen.getByTestId('import-files')).toHaveTextContent('Import files…')
  })

  it('reports a setting that could not be saved', async () => {
    const { api, user } = await renderApp({ issues: sampleLibrary() })
    api.updateSettings.mockRejectedValueOnce(new Error('disk full'))
    await user.click(screen.getByTestId('font-larger'))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Could not save the setting: disk full'),
    )
  })
})
