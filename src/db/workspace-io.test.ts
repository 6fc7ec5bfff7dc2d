import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderFiles } from '../model/index.ts';
import { getJourney } from './journeys-repo.ts';
import { openTempDb, sampleFiles, type TempDb, writeSampleFolder } from './testing.ts';
import {
  exportWorkspace,
  hasWorkspace,
  InvalidWorkspaceError,
  importWorkspace,
  loadStarterIfEmpty,
} from './workspace-io.ts';

let t: TempDb;
beforeEach(() => {
  t = openTempDb();
});
afterEach(() => t.cleanup());

const asObject = (files: FolderFiles) => Object.fromEntries(files);

describe('workspace import and export', () => {
  it('export gives back the imported bytes, unknown fields and formatting included', () => {
    const files = sampleFiles();
    expect(importWorkspace(t.db, files)).toEqual({
      journeys: 1,
      templates: 1,
      segments: 1,
      personaSets: 1,
    });
    const first = exportWorkspace(t.db);
    expect(asObject(first)).toEqual(asObject(files));
    importWorkspace(t.db, first);
    expect(asObject(exportWorkspace(t.db))).toEqual(asObject(first));
  });

  it('an invalid folder changes nothing and every file and JSON path is listed', () => {
    importWorkspace(t.db, sampleFiles());
    const before = asObject(exportWorkspace(t.db));
    const bad = sampleFiles();
    bad.set('journeys/welcome.journey.json', '{"format":"journey/v1","id":"welcome"');
    bad.set(
      'journeys/broken.journey.json',
      '{"format":"journey/v1","id":"broken","name":"B","status":"sleeping","nodes":[{"id":"w","type":"wait","for":"soon"}],"edges":[]}',
    );
    bad.set('segments/vips.segment.json', '{"format":"segment/v1","id":"vips"}');
    let error: unknown;
    try {
      importWorkspace(t.db, bad);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidWorkspaceError);
    const problems = error instanceof InvalidWorkspaceError ? error.problems : [];
    const where = problems.map((p) => `${p.file} ${p.path}`);
    expect(where).toContain('journeys/welcome.journey.json $');
    expect(where).toContain('journeys/broken.journey.json $.status');
    expect(where).toContain('journeys/broken.journey.json $.nodes[0].for');
    expect(where).toContain('segments/vips.segment.json $.name');
    expect(where).toContain('segments/vips.segment.json $.condition');
    expect(asObject(exportWorkspace(t.db))).toEqual(before);
  });

  it("refuses a workspace that breaks the format's rules beyond the schemas", () => {
    const files = sampleFiles();
    files.delete('templates/welcome-1.mjml');
    let error: unknown;
    try {
      importWorkspace(t.db, files);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidWorkspaceError);
    const problems = error instanceof InvalidWorkspaceError ? error.problems : [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'journeys/welcome.journey.json',
          path: '$.nodes[1].template',
          severity: 'error',
        }),
      ]),
    );
    expect(hasWorkspace(t.db)).toBe(false);
  });

  it('replaces the previous workspace entirely', () => {
    importWorkspace(t.db, sampleFiles());
    const smaller = sampleFiles();
    smaller.delete('segments/vips.segment.json');
    smaller.delete('personas/basic.personas.json');
    importWorkspace(t.db, smaller);
    expect([...exportWorkspace(t.db).keys()].sort()).toEqual([
      'journeys/welcome.journey.json',
      'templates/welcome-1.mjml',
      'workspace.json',
    ]);
    expect(getJourney(t.db, 'welcome').revision).toBe(1);
  });
});

describe('first start', () => {
  it('loads the starter folder into an empty database, and only then', async () => {
    const starter = join(t.dir, 'starter');
    await writeSampleFolder(starter);
    expect(hasWorkspace(t.db)).toBe(false);
    expect(await loadStarterIfEmpty(t.db, starter)).toEqual({
      journeys: 1,
      templates: 1,
      segments: 1,
      personaSets: 1,
    });
    expect(asObject(exportWorkspace(t.db))).toEqual(asObject(sampleFiles()));
    expect(await loadStarterIfEmpty(t.db, starter)).toBeUndefined();
  });

  it('starts with an empty workspace when no starter folder exists', async () => {
    await loadStarterIfEmpty(t.db, join(t.dir, 'missing'));
    expect([...exportWorkspace(t.db).keys()]).toEqual(['workspace.json']);
  });
});
