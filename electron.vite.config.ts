import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { electronViteEnv } from './scripts/electron-binary.ts';

// `npm start` and `npm run dev` start the Electron a user named in ELECTRON_OVERRIDE_DIST_PATH,
// which electron-vite itself does not read (scripts/electron-binary.ts).
electronViteEnv(process.env);

/**
 * Three bundles: the Electron main process (composition root, hosts the engine),
 * the sandboxed preload, and the React renderer. The CLI needs no bundle: Node 24
 * runs its TypeScript directly (type stripping).
 */
export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'src-main/app/main.ts') } } },
  },
  // A sandboxed preload can only be CommonJS (Electron's ESM guide, "Preload scripts"),
  // while the package is ESM: the preload is emitted as index.cjs.
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'src-renderer/index.html') } } },
    plugins: [react()],
  },
});
