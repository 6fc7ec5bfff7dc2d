import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFolderFiles } from '../db/folder-io.ts';
import { bundle, filesOf, validJourney } from '../model/validate/test-bundle.ts';
import { validateCommand } from './validate-command.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-validate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await validateCommand(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

describe('waymark validate', () => {
  it('exits 0 for a valid folder and says so', async () => {
    const folder = join(dir, 'ws');
    await writeFolderFiles(folder, filesOf(bundle()));
    expect(await run(folder)).toEqual({
      code: 0,
      out: [`${folder} is valid: no problems.`],
      err: [],
    });
  });

  it('exits 0 with warnings, printing each', async () => {
    const j = validJourney();
    j.nodes.push({ id: 'lost', type: 'exit' });
    const folder = join(dir, 'ws');
    await writeFolderFiles(folder, filesOf(bundle({ journeys: [j] })));
    const { code, out } = await run(folder);
    expect(code).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(/^warning: journeys\/welcome\.journey\.json \$\.nodes\[3\] \(lost\): /),
      `${folder} is valid: 1 warning.`,
    ]);
  });

  it('exits 1 with errors, one line per problem, and the same as JSON', async () => {
    const folder = join(dir, 'ws');
    await writeFolderFiles(folder, filesOf(bundle({ templates: [] })));
    const { code, out } = await run(folder);
    expect(code).toBe(1);
    expect(out).toEqual([
      'error: journeys/welcome.journey.json $.nodes[2].template (welcome-1): names no template: add templates/welcome-1.mjml or pick an existing template.',
      `${folder} is not valid: 1 error.`,
    ]);
    const json = await run(folder, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({
      valid: false,
      errors: 1,
      warnings: 0,
      problems: [{ path: '$.nodes[2].template', journey: 'welcome', node: 'e1' }],
    });
  });

  it('exits 1 when workspace.json is missing', async () => {
    const { code, out } = await run(dir);
    expect(code).toBe(1);
    expect(out[0]).toContain('workspace.json');
  });

  it('exits 2 when the folder cannot be read at all', async () => {
    const missing = await run(join(dir, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toContain('no such folder');
    const file = join(dir, 'file.txt');
    await writeFile(file, 'x');
    expect((await run(file)).code).toBe(2);
  });

  it('exits 2 on bad usage and 0 for --help', async () => {
    expect((await run()).code).toBe(2);
    expect((await run(dir, '--bogus')).code).toBe(2);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out.join('\n')).toContain('Usage: waymark validate');
  });
});
