import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/main/**/*.test.ts',
            'tests/shared/**/*.test.ts',
            'tests/tools/**/*.test.ts',
            'tests/preload/**/*.test.ts',
          ],
          environment: 'node',
          // A timeout here only guards against a hang. Property tests (thousands of generated
          // cases), the lint test (loading typescript-eslint) and the process races are CPU
          // work that a busy two-core machine stretched past vitest's 5 s default; none of
          // them waits on the clock, so a longer guard cannot hide a failure.
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
          // Each test renders the whole app and types into it: CPU work that a busy two-core CI
          // machine can stretch past vitest's 5 s default. Nothing here waits on the clock.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
