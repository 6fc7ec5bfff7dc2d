// Proves the layer rules of DESIGN.md fail on a forbidden import: both the
// check-layers script (renderer/ and electron/) and Biome's
// noRestrictedImports (src/), run for real on files placed in each layer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from './check-layers.ts';

const root = resolve(import.meta.dirname, '..');

describe('check-layers', () => {
  const check = (file: string, text: string) => checkFile(root, join(root, file), text);

  it('refuses a value import from src/ in the renderer', () => {
    const problems = check(
      'renderer/app/App.tsx',
      "import { nodeKinds } from '../../src/model/index.ts';\n",
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'renderer/app/App.tsx',
        line: 1,
        message: expect.stringContaining('only types'),
      }),
    ]);
  });

  it('allows a type import from src/ in the renderer, and anything outside src/', () => {
    const text = [
      "import type { Journey } from '../../src/model/index.ts';",
      "import { useState } from 'react';",
      "import { Card } from '../nodes/card.tsx';",
    ].join('\n');
    expect(check('renderer/app/App.tsx', text)).toEqual([]);
  });

  it('refuses a value import in a later line, and a dynamic import, naming the line', () => {
    const text =
      "// a comment\nimport type { A } from '../src/api/client.ts';\nconst m = import('../src/engine/run.ts');\n";
    expect(check('renderer/x.ts', text).map((p) => p.line)).toEqual([3]);
  });

  it('refuses electron/ importing src/ other than src/api and src/host', () => {
    expect(
      check('electron/main.ts', "import { Journey } from '../src/model/journey.ts';\n"),
    ).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('only through src/api or src/host'),
      }),
    ]);
    expect(
      check('electron/main.ts', "import { startHost } from '../src/host/in-process.ts';\n"),
    ).toEqual([]);
  });

  it('leaves src/ to Biome', () => {
    expect(check('src/engine/x.ts', "import { x } from '../../renderer/app/App.tsx';\n")).toEqual(
      [],
    );
  });
});

/**
 * Runs the project's own Biome, with the project's biome.json, on one file
 * placed at `path` inside a scratch copy of the tree: nothing is written
 * into the work tree, so other work going on there is never disturbed.
 */
const scratch = mkdtempSync(join(tmpdir(), 'waymark-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function biomeLint(path: string, text: string): { ok: boolean; output: string } {
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  // The scratch folder is no git repository; the rest of the config is as is.
  config.vcs = { enabled: false };
  delete config.$schema;
  const dir = mkdtempSync(join(scratch, 'case-'));
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  const biome = join(root, 'node_modules', '.bin', 'biome');
  const run = spawnSync(biome, ['lint', '--colors=off', path], { cwd: dir, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('Biome layer rules (noRestrictedImports)', () => {
  it('fail when src/ imports electron or react', () => {
    const result = biomeLint(
      'src/engine/x.ts',
      "import { app } from 'electron';\nimport { useState } from 'react';\n\nexport const x = [app, useState];\n",
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('noRestrictedImports');
    expect(result.output).toContain('must not import electron');
    expect(result.output).toContain('must not import react');
  });

  it('fail when src/ imports the renderer', () => {
    const result = biomeLint(
      'src/api/x.ts',
      "import { App } from '../../renderer/app/App.tsx';\n\nexport const x = App;\n",
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('noRestrictedImports');
  });

  it('fail when the engine imports storage', () => {
    const result = biomeLint(
      'src/engine/x.ts',
      "import { readFolderFiles } from '../db/folder-io.ts';\n\nexport const x = readFolderFiles;\n",
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('noRestrictedImports');
    expect(result.output).toContain('The engine depends on model/');
  });

  it('pass for an allowed import', () => {
    const result = biomeLint(
      'src/engine/x.ts',
      "import { z } from 'zod';\nimport { Journey } from '../model/journey.ts';\n\nexport const x = [z, Journey];\n",
    );
    expect(result.output).not.toContain('noRestrictedImports');
    expect(result.ok).toBe(true);
  });
});
