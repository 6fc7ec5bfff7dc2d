// A host on a temporary database whose starter workspace is the small sample
// folder of src/db/testing.ts, for tests of the API and the transports.
import { join } from 'node:path';
import { tempDir, writeSampleFolder } from '../db/testing.ts';
import { createInProcessHost, type InProcessHost } from './in-process.ts';

export type TestHost = InProcessHost & { dir: string; dbPath: string; cleanup: () => void };

export async function openTestHost(): Promise<TestHost> {
  const { dir, cleanup } = tempDir('waymark-host-');
  const resourcesDir = join(dir, 'resources');
  await writeSampleFolder(join(resourcesDir, 'starter'));
  const dbPath = join(dir, 'waymark.db');
  const host = await createInProcessHost({ dbPath, resourcesDir });
  return {
    ...host,
    dir,
    dbPath,
    cleanup: () => {
      host.close();
      cleanup();
    },
  };
}
