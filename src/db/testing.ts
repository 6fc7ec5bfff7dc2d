// Helpers for tests: a small workspace folder in the format (with unknown
// fields and unusual formatting, to prove round-trips) and temp databases.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { FolderFiles } from '../model/index.ts';
import { openDatabase, type WaymarkDb } from './open.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const migrationsDir = join(repoRoot, 'drizzle');

export function sampleFiles(): FolderFiles {
  return new Map([
    [
      'workspace.json',
      '{\n  "format": "workspace/v1",\n  "name": "Test Shop",\n  "timezone": "Europe/Lisbon",\n  "sender": { "name": "Shop", "email": "hi@shop.example" },\n  "x-unknown": { "kept": true }\n}\n',
    ],
    [
      'journeys/welcome.journey.json',
      `{"format":"journey/v1","id":"welcome","name":"Welcome","status":"live","custom":[1,2],
"nodes":[{"id":"start","type":"trigger","on":"event","event":"signed_up","note":"hi"},
{"id":"e1","type":"email","template":"welcome-1","subject":"Hello"}],
"edges":[{"from":"start","to":"e1"}]}`,
    ],
    [
      'templates/welcome-1.mjml',
      '<mjml>\n  <mj-head><mj-title>Welcome aboard</mj-title></mj-head>\n  <mj-body></mj-body>\n</mjml>\n',
    ],
    [
      'segments/vips.segment.json',
      '{ "format": "segment/v1", "id": "vips", "name": "VIPs", "condition": { "tag": "vip" }, "color": "gold" }\n',
    ],
    [
      'personas/basic.personas.json',
      '{\n  "format": "personas/v1",\n  "start": "2026-03-02T09:00:00Z",\n  "horizon": "P30D",\n  "personas": [ { "id": "ana", "profile": { "email": "ana@example.com" } } ],\n  "cohorts": []\n}\n',
    ],
  ]);
}

export async function writeSampleFolder(folder: string, files = sampleFiles()): Promise<void> {
  for (const [path, text] of files) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), text);
  }
}

export type TempDb = { db: WaymarkDb; dir: string; path: string; cleanup: () => void };

export function tempDir(prefix = 'waymark-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openTempDb(): TempDb {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'waymark.db');
  const db = openDatabase(path, { migrationsDir });
  return {
    db,
    dir,
    path,
    cleanup: () => {
      db.close();
      cleanup();
    },
  };
}
