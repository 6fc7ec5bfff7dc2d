// One build for the app: the renderer (renderer/ → dist/renderer, relative
// base so it loads from waymark://app/ in Electron and from the HTTP host in
// browser mode) and Electron's main and preload (→ dist-electron/).
// `vite build --mode renderer` builds only the renderer (what browser mode needs).
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import electron from 'vite-plugin-electron/simple';

const root = import.meta.dirname;

/** Native or Electron-provided modules stay outside the bundles. */
const external = ['electron', 'better-sqlite3'];

/**
 * Simulation workers (`new Worker(new URL('./sim-worker.ts', import.meta.url))`
 * in src/simulate/worker/) are bundled beside main.js as Node ES modules: Node's
 * built-ins stay imports, and CommonJS dependencies get a `require` to call.
 */
const nodeWorker = {
  format: 'es' as const,
  rolldownOptions: {
    external: [...external, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    output: {
      banner:
        "import { createRequire as __waymarkRequire } from 'node:module'; const require = __waymarkRequire(import.meta.url);",
    },
  },
};

export default defineConfig(async ({ mode }) => {
  const plugins: PluginOption[] = [react()];
  if (mode !== 'renderer') {
    plugins.push(
      await electron({
        main: {
          entry: resolve(root, 'electron/main.ts'),
          vite: {
            logLevel: 'warn',
            // Worker files are found relative to main.js, not at the site root.
            base: './',
            worker: nodeWorker,
            build: {
              outDir: resolve(root, 'dist-electron'),
              emptyOutDir: false,
              rolldownOptions: { external },
            },
          },
        },
        preload: {
          input: resolve(root, 'electron/preload.ts'),
          vite: {
            logLevel: 'warn',
            build: {
              outDir: resolve(root, 'dist-electron'),
              emptyOutDir: false,
              // Sandboxed preloads must be CommonJS; .cjs says so in an ESM package.
              rolldownOptions: { external, output: { entryFileNames: 'preload.cjs' } },
            },
          },
        },
      }),
    );
  }
  return {
    root: resolve(root, 'renderer'),
    base: './',
    plugins,
    build: {
      outDir: resolve(root, 'dist/renderer'),
      emptyOutDir: true,
      // A desktop app loads from disk: the canvas layout engine (elk) is big, and fine.
      chunkSizeWarningLimit: 2000,
    },
  };
});
