import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// CI runs these beside the core tests on two cores: give findBy*/waitFor room (the default
// 1 s was seen to run out under that load), without slowing a passing test.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
  sessionStorage.clear()
  document.documentElement.removeAttribute('data-theme')
})
