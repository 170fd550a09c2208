import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  main: {
    build: {
      // lowdb and steno are ESM-only: bundle them so the main bundle never depends on
      // require(esm) interop at run time.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          // The browser host is built beside the Electron main, from the same services.
          web: resolve(root, 'src/main/hosts/web/main.ts'),
          // Entity recognition runs in this worker thread, off the main process's event loop.
          'recognise-worker': resolve(root, 'src/main/services/entities/recognise-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only be one CommonJS file that requires nothing but `electron`.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  },
})
