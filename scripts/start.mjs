// `npm start`: build what is stale, then open the desktop app. Where Electron's
// binary cannot be had (offline installs, machines without a display), say so
// in one line and serve browser mode instead, printing the URL. Nothing here
// rebuilds native modules, so `npm test` works the same afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Newest modification time under the given paths (files or folders). */
function newest(paths) {
  let max = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) {
        if (name !== 'node_modules' && !name.startsWith('.')) visit(join(path, name));
      }
    } else {
      max = Math.max(max, info.mtimeMs);
    }
  };
  for (const p of paths) visit(join(root, p));
  return max;
}

function buildIfNeeded() {
  const outputs = [
    'dist/renderer/index.html',
    'dist-electron/main.js',
    'dist-electron/preload.cjs',
  ];
  const oldestOutput = Math.min(
    ...outputs.map((p) => (existsSync(join(root, p)) ? statSync(join(root, p)).mtimeMs : 0)),
  );
  const sources = newest(['renderer', 'src', 'electron', 'vite.config.ts', 'package.json']);
  if (oldestOutput > sources) return;
  console.error('Building Waymark...');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The build failed (see above). Fix it, then run "npm start" again.');
    process.exit(result.status ?? 1);
  }
}

/** The Electron binary's path, or why there is none. Run in a child: requiring it may download. */
function findElectron() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(String(require('electron')))"],
    { cwd: root, encoding: 'utf8', timeout: 120_000, env: withoutRunAsNode() },
  );
  const path = probe.stdout?.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  return { reason: 'its binary is not installed and could not be downloaded' };
}

function withoutRunAsNode() {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function serveInBrowser(reason) {
  console.log(`Electron cannot start here (${reason}); starting browser mode instead.`);
  // Through the package's bin, for its compile cache (bin/waymark.mjs).
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'waymark.mjs'), 'serve', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  forwardSignals(child);
  child.on('exit', (code) => process.exit(code ?? 0));
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

function runElectron(electronPath) {
  const started = Date.now();
  const child = spawn(electronPath, [root], {
    cwd: root,
    stdio: 'inherit',
    env: withoutRunAsNode(),
  });
  forwardSignals(child);
  child.on('error', (err) => serveInBrowser(`it failed to launch: ${err.message}`));
  child.on('exit', (code, signal) => {
    // A crash right at start (missing system libraries, no GPU): fall back.
    if (code !== 0 && signal === null && Date.now() - started < 10_000) {
      serveInBrowser(`it exited with code ${code} at start`);
      return;
    }
    process.exit(code ?? 0);
  });
}

buildIfNeeded();
if (!hasDisplay()) {
  serveInBrowser('no display is available');
} else {
  const electron = findElectron();
  if (electron.path) runElectron(electron.path);
  else serveInBrowser(electron.reason);
}
