import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import layers from './tools/eslint/import-layers.js'

// Pure libraries the core may use: no file system, no native code, no process state. Adding
// one here is a deliberate decision that it is pure.
const pureLibraries = [
  '@noble/hashes',
  'ajv',
  'chardet',
  'csv-parse',
  'domhandler',
  'domutils',
  'encoding-sniffer',
  'htmlparser2',
  'iconv-lite',
  'jszip',
  'mammoth',
  'zod',
]

// Feature imports of another feature that exist today; the renderer's feature split removes
// them one by one. A new edge fails lint.
const knownFeatureEdges = [
  'annotations -> reader',
  'annotations -> themes',
  'entities -> library',
  'entities -> reader',
  'entities -> settings',
  'export -> library',
  'library -> import',
  'reader -> annotations',
  'reader -> entities',
  'reader -> library',
  'settings -> annotations',
  'structure -> annotations',
  'structure -> reader',
  'themes -> annotations',
]

const renderer = {
  layer: 'the renderer',
  why: 'the renderer talks to main only through window.api and imports only itself and src/shared',
  allowPaths: ['src/renderer', 'src/shared'],
  forbidPackages: ['electron'],
  allowNodeBuiltins: false,
}

/** One block per layer: which files are in it, and what they may import. */
const layerBlocks = [
  {
    files: ['src/shared/**'],
    options: {
      layer: 'shared',
      why: 'shared is plain TypeScript for main and renderer alike: it imports only itself and zod',
      allowPaths: ['src/shared'],
      allowPackages: ['zod'],
      allowNodeBuiltins: false,
    },
  },
  {
    files: ['src/main/core/**'],
    options: {
      layer: 'the core',
      why: 'the core is pure: it imports only src/shared, itself, schemas/ and pure libraries',
      // schemas/ holds the JSON Schemas the core validates exports against, and
      // resources/entities/ the lexicons the recogniser reads: data, not code.
      allowPaths: ['src/main/core', 'src/shared', 'schemas', 'resources/entities'],
      allowPackages: pureLibraries,
      allowNodeBuiltins: false,
    },
  },
  {
    files: ['src/main/store/**'],
    options: {
      layer: 'the store',
      why: 'the store reads and writes files for the core; it imports only core, shared and lowdb',
      allowPaths: ['src/main/store', 'src/main/core', 'src/shared'],
      allowPackages: ['lowdb', 'zod'],
      allowNodeBuiltins: true,
    },
  },
  {
    files: ['src/main/engines/**'],
    options: {
      layer: 'an engine',
      why: 'an engine adapts one segmenter package to the core interface',
      allowPaths: ['src/main/engines', 'src/main/core', 'src/shared'],
      allowPackages: ['@node-rs/jieba', 'segmentit'],
      allowNodeBuiltins: true,
    },
  },
  {
    files: ['src/main/services/**'],
    options: {
      layer: 'the services',
      why: 'services serve every host, so they never import a host, electron or the UI',
      allowPaths: [
        'src/main/services',
        'src/main/core',
        'src/main/store',
        'src/main/engines',
        'src/shared',
      ],
      forbidPackages: ['electron', 'react', 'react-dom'],
      allowNodeBuiltins: true,
    },
  },
  {
    files: ['src/main/hosts/**', 'src/main/index.ts'],
    options: {
      layer: 'a host',
      why: 'hosts wire main together; the renderer and preload are separate bundles',
      allowPaths: ['src/main', 'src/shared'],
      forbidPackages: ['react', 'react-dom'],
      allowNodeBuiltins: true,
    },
  },
  {
    files: ['src/preload/**'],
    options: {
      layer: 'the preload',
      why: 'a sandboxed preload may require only electron; it takes the zod-free name lists',
      allowPaths: [
        'src/preload',
        'src/shared/api-methods',
        'src/shared/api-proxy',
        'src/shared/menu-commands',
      ],
      allowTypePaths: ['src/shared'],
      allowPackages: ['electron'],
      allowNodeBuiltins: false,
    },
  },
  { files: ['src/renderer/**'], options: renderer },
  {
    files: ['src/renderer/src/features/**'],
    options: {
      ...renderer,
      why: `${renderer.why}; a feature never imports another feature`,
      isolateSubfoldersOf: 'src/renderer/src/features',
      knownSiblingEdges: knownFeatureEdges,
    },
  },
  {
    files: ['tests/renderer/**'],
    options: {
      ...renderer,
      layer: 'a renderer test',
      allowPaths: ['src/renderer', 'src/shared', 'tests/renderer'],
    },
  },
]

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
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerBlocks.map(({ files, options }) => ({
    files,
    plugins: { gloss: layers },
    rules: { 'gloss/import-layers': ['error', options] },
  })),
)
