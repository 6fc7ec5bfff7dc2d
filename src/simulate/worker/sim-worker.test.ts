// The worker's entry turns on the compile cache folder its host passes, before
// it loads the simulator, and answers jobs either way.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-sim-worker-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts the worker, sends a message it must refuse, and waits for its answer. */
async function refusal(workerData: unknown): Promise<unknown> {
  const worker = new Worker(new URL('./sim-worker.ts', import.meta.url), { workerData });
  try {
    // Sent before the body has loaded: the port keeps it until the body listens.
    worker.postMessage({ not: 'a job' });
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

describe('the simulation worker', () => {
  it("keeps its compiled modules in the host's compile cache", async () => {
    const cache = join(dir, 'cache');
    expect(await refusal({ compileCache: cache })).toMatchObject({ type: 'error' });
    expect((await readdir(cache)).length).toBeGreaterThan(0);
  });

  it('runs without one', async () => {
    expect(await refusal({ compileCache: undefined })).toMatchObject({ type: 'error' });
    expect(await readdir(dir)).toEqual([]);
  });
});
