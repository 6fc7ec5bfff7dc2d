// Starts browser mode (`waymark serve`) on a fresh temporary database, the
// way a person would, and stops it by its own PID.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export type RunningServer = {
  /** The URL the server printed, with its token. */
  url: string;
  origin: string;
  token: string;
  stop: () => Promise<void>;
};

export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  const child = spawn(
    process.execPath,
    ['src/cli/main.ts', 'serve', '--port', '0', '--db', join(dir, 'waymark.db')],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      reject(new Error(`waymark serve printed no URL within 30 s.\n${stderr}`));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Waymark is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`waymark serve exited with ${code} before it was ready.\n${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    stop: () => stop(child, dir),
  };
}

async function stop(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.pid !== undefined) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    process.kill(child.pid, 'SIGTERM');
    const timeout = new Promise<'late'>((done) => setTimeout(() => done('late'), 10_000));
    if ((await Promise.race([exited, timeout])) === 'late') process.kill(child.pid, 'SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
}
