// What each command loads. Loading the database, MJML and cheerio took the
// command 1.3 s before it did anything; `--help`, `validate` and `simulate`
// need none of them. A resolve hook in the child lists the packages it loaded.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const starter = join(root, 'resources/starter');
const heavy = ['mjml-browser', 'cheerio', 'better-sqlite3', 'drizzle-orm'];

const hook = `
import { registerHooks } from 'node:module';
const loaded = new Set();
registerHooks({
  resolve(specifier, context, next) {
    const result = next(specifier, context);
    const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(result.url);
    if (m) loaded.add(m[1]);
    return result;
  },
});
process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify([...loaded]) + '\\n'));
`;

let dir: string;
let hookFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-startup-'));
  hookFile = join(dir, 'hook.mjs');
  await writeFile(hookFile, hook);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The packages (of `heavy`) that `waymark <args>` loaded, and its exit code. */
function heavyLoadedBy(...args: string[]): { status: number | null; loaded: string[] } {
  const child = spawnSync(
    process.execPath,
    ['--import', hookFile, join(root, 'bin/waymark.mjs'), ...args],
    { cwd: dir, encoding: 'utf8' },
  );
  const line = child.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  if (!line) throw new Error(`no load list from waymark ${args.join(' ')}:\n${child.stderr}`);
  const all: string[] = JSON.parse(line.slice('LOADED '.length));
  return { status: child.status, loaded: all.filter((p) => heavy.includes(p)) };
}

describe('what a command loads', () => {
  it('--help loads none of the heavy packages', () => {
    expect(heavyLoadedBy('--help')).toEqual({ status: 0, loaded: [] });
  });

  it('validate and simulate load neither the database nor MJML', () => {
    expect(heavyLoadedBy('validate', starter)).toEqual({ status: 0, loaded: [] });
    const personas = join(starter, 'personas/cart-abandonment.personas.json');
    expect(heavyLoadedBy('simulate', starter, '--personas', personas, '--json')).toEqual({
      status: 0,
      loaded: [],
    });
  });

  it('export loads the database (the hook sees what is loaded)', () => {
    const result = heavyLoadedBy('export', join(dir, 'out'), '--db', join(dir, 'waymark.db'));
    expect(result.loaded).toContain('better-sqlite3');
  });
});

describe('the compile cache', () => {
  /** Runs `waymark --help` with the cache folder under `home`, and lists what the cache holds. */
  async function cacheAfterHelp(home: string, more: NodeJS.ProcessEnv = {}): Promise<string[]> {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: home, ...more };
    delete env.NODE_COMPILE_CACHE;
    const child = spawnSync(process.execPath, [join(root, 'bin/waymark.mjs'), '--help'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    return readdir(join(home, 'waymark', 'node-compile-cache')).catch(() => []);
  }

  it("keeps the compiled modules in the user's cache folder", async () => {
    expect(await cacheAfterHelp(join(dir, 'cache-on'))).toHaveLength(1);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE', async () => {
    const home = join(dir, 'cache-off');
    expect(await cacheAfterHelp(home, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual([]);
  });
});
