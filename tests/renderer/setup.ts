import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy*/waitFor end as soon as what they wait for is true; their timeout is a wall-clock
// deadline, and on a busy two-core machine a whole-app render chain (read the dropped file,
// encode it, call the API, re-render the library and the reader) outran 1 s, then 5 s. A
// deadline below the test's own budget can only fail a test that would have passed, so they
// get that budget (less a margin, so a real failure still reports what was awaited). A
// passing test is not slowed; only a failing one takes longer to say so.
configure({ asyncUtilTimeout: 25_000 })

afterEach(() => {
  cleanup()
  sessionStorage.clear()
  document.documentElement.removeAttribute('data-theme')
})
