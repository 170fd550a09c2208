import { useEffect, useSyncExternalStore } from 'react'
import type { Settings } from '../../../../shared/contract'

export type ThemeSetting = Settings['theme']
export type ResolvedTheme = 'light' | 'dark'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {}
  const query = window.matchMedia(DARK_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

function systemPrefersDark(): boolean {
  // jsdom (and some embedded browsers) have no matchMedia: light is the safe default.
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches
}

export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribe, systemPrefersDark, () => false)
}

export function resolveTheme(theme: ThemeSetting, systemDark: boolean): ResolvedTheme {
  if (theme === 'system') return systemDark ? 'dark' : 'light'
  return theme
}

const cycle: ThemeSetting[] = ['system', 'light', 'dark']

/** The next theme in system → light → dark, skipping a step that would look the same, so
 * every press of the toggle visibly changes the page. */
export function nextTheme(theme: ThemeSetting, systemDark: boolean): ThemeSetting {
  const at = cycle.indexOf(theme)
  const candidate = cycle[(at + 1) % cycle.length]
  if (resolveTheme(candidate, systemDark) !== resolveTheme(theme, systemDark)) return candidate
  return cycle[(at + 2) % cycle.length]
}

/** Puts the resolved theme on <html> so the CSS variables (and native controls) follow it. */
export function useApplyTheme(resolved: ResolvedTheme): void {
  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = resolved
    root.style.colorScheme = resolved
  }, [resolved])
}
