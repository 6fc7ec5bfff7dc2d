import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleFiles } from '../db/testing.ts';
import { openTestHost, type TestHost } from '../host/testing.ts';
import type { WorkspaceSettings } from '../model/index.ts';
import { ApiError } from './errors.ts';

let host: TestHost;
beforeEach(async () => {
  host = await openTestHost();
});
afterEach(() => host.cleanup());

describe('workspace.*', () => {
  it('summarizes what the sidebar lists', async () => {
    expect(await host.invoke('workspace.summary', {})).toEqual({
      name: 'Test Shop',
      timezone: 'Europe/Lisbon',
      journeys: [
        {
          id: 'welcome',
          name: 'Welcome',
          status: 'live',
          nodeCount: 2,
          updatedAt: expect.any(String),
        },
      ],
      templates: [{ id: 'welcome-1', name: 'Welcome aboard', updatedAt: expect.any(String) }],
      segments: [{ id: 'vips', name: 'VIPs' }],
      personaSets: [{ name: 'basic', personaCount: 1, cohortCount: 0 }],
    });
  });

  it('reads and saves workspace.json, refusing an invalid one', async () => {
    const { settings } = await host.invoke('workspace.settings.get', {});
    expect(settings['x-unknown']).toEqual({ kept: true });
    const changed: WorkspaceSettings = { ...settings, name: 'Renamed Shop' };
    await host.invoke('workspace.settings.save', { settings: changed });
    expect((await host.invoke('workspace.summary', {})).name).toBe('Renamed Shop');
    const bad = { ...settings, timezone: 'Mars/Olympus' };
    const err = await host.invoke('workspace.settings.save', { settings: bad }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.problems[0]).toMatchObject({ file: 'workspace.json', path: '$.timezone' });
  });

  it('exports the imported files byte for byte, and imports them back', async () => {
    const { files } = await host.invoke('workspace.export', {});
    expect(files).toEqual(Object.fromEntries(sampleFiles()));
    const events: unknown[] = [];
    host.on('workspace.changed', (e) => events.push(e));
    expect(await host.invoke('workspace.import', { files })).toEqual({
      journeys: 1,
      templates: 1,
      segments: 1,
      personaSets: 1,
    });
    expect(events).toEqual([{ kind: 'workspace' }]);
    expect((await host.invoke('workspace.export', {})).files).toEqual(files);
  });

  it('refuses an invalid import with every problem, changing nothing', async () => {
    const before = (await host.invoke('workspace.export', {})).files;
    const files = { ...before, 'workspace.json': '{', 'segments/vips.segment.json': '{}' };
    const err = await host.invoke('workspace.import', { files }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('invalid-workspace');
    const where = err.problems.map((p: { file: string; path: string }) => `${p.file} ${p.path}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'workspace.json $',
        'segments/vips.segment.json $.format',
        'segments/vips.segment.json $.id',
      ]),
    );
    expect((await host.invoke('workspace.export', {})).files).toEqual(before);
  });

  it('exports to a folder and imports from one', async () => {
    const folder = join(host.dir, 'out');
    expect(await host.invoke('workspace.exportToFolder', { path: folder })).toEqual({
      path: folder,
      files: 5,
    });
    expect(readFileSync(join(folder, 'templates', 'welcome-1.mjml'), 'utf8')).toBe(
      sampleFiles().get('templates/welcome-1.mjml'),
    );
    await host.invoke('journeys.delete', { id: 'welcome' });
    expect(await host.invoke('workspace.importFromFolder', { path: folder })).toMatchObject({
      journeys: 1,
    });
    const missing = await host
      .invoke('workspace.importFromFolder', { path: join(host.dir, 'nope') })
      .catch((e) => e);
    expect(missing).toMatchObject({ code: 'bad-input' });
  });
});
