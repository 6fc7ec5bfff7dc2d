import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFolderFiles } from '../db/folder-io.ts';
import { tempDir } from '../db/testing.ts';
import { createInProcessHost, type InProcessHost } from './in-process.ts';
import { appPaths } from './paths.ts';

let host: InProcessHost | undefined;
let cleanup = () => {};
afterEach(() => {
  host?.close();
  host = undefined;
  cleanup();
});

describe('the in-process host', () => {
  it('loads the shipped starter workspace on first start, exactly as the files are', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    host = await createInProcessHost({ dbPath: join(t.dir, 'w.db') });
    expect(host.starter?.journeys).toBeGreaterThan(0);
    expect(host.starter?.templates).toBeGreaterThan(0);
    expect(host.starter?.personaSets).toBeGreaterThan(0);
    const starter = await readFolderFiles(appPaths().starterDir);
    const { files } = await host.invoke('workspace.export', {});
    expect(files).toEqual(Object.fromEntries(starter));
    const summary = await host.invoke('workspace.summary', {});
    expect(summary.journeys.length).toBe(host.starter?.journeys);
  });

  it('keeps the workspace on the next start', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const dbPath = join(t.dir, 'w.db');
    host = await createInProcessHost({ dbPath });
    await host.invoke('journeys.create', { name: 'Mine' });
    host.close();
    host = await createInProcessHost({ dbPath });
    expect(host.starter).toBeUndefined();
    const { journeys } = await host.invoke('journeys.list', {});
    expect(journeys.map((j) => j.id)).toContain('mine');
  });
});
