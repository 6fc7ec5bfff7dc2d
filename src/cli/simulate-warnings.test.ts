// A workspace with only warnings simulates, and says what `validate` would
// have warned about, on standard error: `--json` keeps standard output to the
// output JSON alone.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeFolderFiles } from '../db/folder-io.ts';
import { writeWorkspaceFolder } from '../model/folder.ts';
import { journey, persona, personasFile, workspace } from '../simulate/test-kit.ts';
import { simulateCommand } from './simulate-command.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-simulate-warnings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('prints the workspace warnings on standard error and simulates anyway', async () => {
  // `orphan` is reached by no path: a warning, not an error.
  const bundle = workspace([
    journey(
      'welcome',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
        { id: 'e1', type: 'email', template: 'welcome-1', subject: 'Welcome' },
        { id: 'orphan', type: 'exit' },
      ],
      [['start', 'e1']],
    ),
  ]);
  const folder = join(dir, 'ws');
  await writeFolderFiles(folder, writeWorkspaceFolder(bundle));
  const personasPath = join(dir, 'p.personas.json');
  await writeFile(
    personasPath,
    JSON.stringify(personasFile([persona('ana', [{ at: '+PT0S', name: 'signed_up' }])])),
  );
  const out: string[] = [];
  const err: string[] = [];
  const code = await simulateCommand([folder, '--personas', personasPath, '--json'], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  expect(code).toBe(0);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(
    /^warning: journeys\/welcome\.journey\.json \$\.nodes\[2\] \(orphan\): is not reachable/,
  );
  expect(JSON.parse(out.join('')).personas[0].emails).toHaveLength(1);
});
