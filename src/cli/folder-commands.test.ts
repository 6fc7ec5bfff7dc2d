import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFolderFiles } from '../db/folder-io.ts';
import { folderCommand } from './folder-commands.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('waymark export and import', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waymark-cli-folder-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exports the starter workspace and imports it into another database, file for file', async () => {
    const first = capture();
    expect(
      await folderCommand('export', [join(dir, 'a'), '--db', join(dir, 'a.db')], first.io),
    ).toBe(0);
    expect(first.out.join('\n')).toMatch(/^Exported \d+ files/);

    const imported = capture();
    expect(
      await folderCommand('import', [join(dir, 'a'), '--db', join(dir, 'b.db')], imported.io),
    ).toBe(0);
    expect(imported.out.join('\n')).toMatch(/10 journeys/);

    expect(
      await folderCommand('export', [join(dir, 'b'), '--db', join(dir, 'b.db')], capture().io),
    ).toBe(0);
    const a = await readFolderFiles(join(dir, 'a'));
    const b = await readFolderFiles(join(dir, 'b'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
  });

  it('refuses an invalid folder with every problem located, and changes nothing', async () => {
    const db = join(dir, 'w.db');
    expect(await folderCommand('export', [join(dir, 'good'), '--db', db], capture().io)).toBe(0);
    const journey = join(dir, 'good', 'journeys', 'welcome.journey.json');
    const broken = JSON.parse(await readFile(journey, 'utf8'));
    broken.nodes[1].type = 'teleport';
    await writeFile(journey, JSON.stringify(broken));

    const run = capture();
    expect(await folderCommand('import', [join(dir, 'good'), '--db', db], run.io)).toBe(1);
    expect(run.err.join('\n')).toContain('journeys/welcome.journey.json $.nodes[1].type');

    expect(await folderCommand('export', [join(dir, 'after'), '--db', db], capture().io)).toBe(0);
    const after = await readFile(join(dir, 'after', 'journeys', 'welcome.journey.json'), 'utf8');
    expect(JSON.parse(after).nodes[1].type).not.toBe('teleport');
  });

  it('says what is wrong with the arguments or the database, with exit code 2', async () => {
    const none = capture();
    expect(await folderCommand('import', [], none.io)).toBe(2);
    expect(none.err[0]).toMatch(/exactly one workspace folder/);

    const notSqlite = join(dir, 'notes.db');
    await writeFile(notSqlite, 'not a database at all, just some text that is long enough');
    const bad = capture();
    expect(await folderCommand('export', [join(dir, 'x'), '--db', notSqlite], bad.io)).toBe(2);
    expect(bad.err[0]).toContain(notSqlite);
  });
});
