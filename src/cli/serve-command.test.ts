import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../db/testing.ts';

// Runs the command itself (not main.ts, so other commands' files do not matter).
const entry =
  "import('./src/cli/serve-command.ts').then((m) => m.runServe.run(process.argv.slice(1))).then((code) => { process.exitCode = code; })";

let dir: string;
let cleanup: () => void;
let child: ChildProcess | undefined;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('waymark-serve-'));
});
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
  cleanup();
});

function start(args: string[]): {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
} {
  const c = spawn(process.execPath, ['--input-type=module', '-e', entry, '--', ...args], {
    cwd: repoRoot,
    env: { ...process.env, XDG_DATA_HOME: join(dir, 'xdg') },
  });
  child = c;
  let out = '';
  let err = '';
  c.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  c.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => c.on('exit', (code) => resolve(code)));
  return { child: c, stdout: () => out, stderr: () => err, exit };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('waymark serve', () => {
  it('prints exactly one line with the URL, serves the API, stops on SIGTERM', async () => {
    const run = start(['--db', join(dir, 'w.db')]);
    await until(() => run.stdout().includes('\n'), 'the URL line');
    const lines = run.stdout().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const match = /^Waymark is running at (http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([\w-]+)$/.exec(
      lines[0] ?? '',
    );
    expect(match).not.toBeNull();
    const [, base, , token] = match ?? [];
    const res = await fetch(`${base}api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ method: 'workspace.summary', input: {} }),
    });
    expect(res.status).toBe(200);
    expect((await fetch(`${base}api/invoke`, { method: 'POST' })).status).toBe(401);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stdout().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('exits 2 with the database error when the file is not a database', async () => {
    const bad = join(dir, 'notes.db');
    writeFileSync(bad, 'not a database at all, just some notes that are long enough');
    const run = start(['--db', bad]);
    expect(await run.exit).toBe(2);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toContain(`${bad} is not a Waymark database`);
  });

  it('exits 2 on an unknown option', async () => {
    const run = start(['--bogus']);
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain('Usage: waymark serve');
  });
});
