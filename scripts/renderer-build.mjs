// Builds the renderer (vite build --mode renderer) when dist/renderer is
// missing or older than its sources. Shared by the e2e and screenshot scripts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

export function rendererIsStale() {
  const built = join(root, 'dist/renderer/index.html');
  if (!existsSync(built)) return true;
  const sources = ['renderer', 'vite.config.ts', 'package-lock.json']
    .map((p) => join(root, p))
    .filter((p) => existsSync(p));
  return Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
}

export function ensureRendererBuilt() {
  if (!rendererIsStale()) return;
  console.log('Building the renderer (dist/renderer is missing or older than its sources)...');
  const vite = join(root, 'node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', '--mode', 'renderer', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The renderer build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}
