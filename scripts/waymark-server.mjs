// Starts `waymark serve` on a fresh database in `dir` by its binary (never
// npx), waits for the one stdout line with the URL, and stops it by its PID.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './renderer-build.mjs';

export async function startWaymarkServer(dir) {
  const child = spawn(
    process.execPath,
    ['src/cli/main.ts', 'serve', '--port', '0', '--db', join(dir, 'waymark.db')],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(text);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`waymark serve exited with ${code}`)));
  });
  return { url, stop: () => child.exitCode === null && process.kill(child.pid, 'SIGTERM') };
}
