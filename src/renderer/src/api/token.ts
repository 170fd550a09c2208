// The browser host hands the page a per-launch secret as `?token=…` (docs/ARCHITECTURE.md,
// Security). Keep it for this tab only (sessionStorage survives reloads, not new tabs), and take it
// out of the address bar so it does not end up in history, bookmarks or screenshots.

const STORAGE_KEY = 'gloss.token'

export function takeToken(win: Window = window): string | null {
  const url = new URL(win.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    try {
      win.sessionStorage.setItem(STORAGE_KEY, fromUrl)
    } catch {
      // Storage can be disabled; the token still works for this page's lifetime.
    }
    url.searchParams.delete('token')
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  try {
    return win.sessionStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}
