import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-artifacts/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Layering: the core and the shared contract never depend on a host or a UI.
    files: ['src/main/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'core/shared must not import electron' },
            {
              group: ['react', 'react-dom', 'react/*'],
              message: 'core/shared must not import React',
            },
            {
              group: ['**/hosts/**', '**/renderer/**'],
              message: 'core/shared must not import hosts or UI',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'react', 'react-dom'],
              message: 'shared is plain TypeScript',
            },
            { group: nodeBuiltins, message: 'shared runs in the renderer too: no Node built-ins' },
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'shared must not import main or renderer',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'the renderer talks to main only through window.api',
            },
            { group: nodeBuiltins, message: 'no Node built-ins in the renderer' },
            { group: ['**/main/**'], message: 'the renderer must not import main' },
          ],
        },
      ],
    },
  },
)
