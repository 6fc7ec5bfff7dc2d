// Helpers for tests of simulation.*: a host on a temporary database holding
// the shipped starter workspace, and a way to wait for a run's end.
import { join } from 'node:path';
import { tempDir } from '../db/testing.ts';
import { createInProcessHost, type InProcessHost } from '../host/in-process.ts';
import { ApiError } from './errors.ts';
import type { ApiEvents } from './events.ts';

export type StarterHost = InProcessHost & {
  /** Resolves with the `simulation.done` event of a run (listening from the host's start). */
  done: (runId: string) => Promise<ApiEvents['simulation.done']>;
  progress: ApiEvents['progress'][];
  cleanup: () => void;
};

export async function openStarterHost(): Promise<StarterHost> {
  const { dir, cleanup } = tempDir('waymark-sim-');
  const host = await createInProcessHost({ dbPath: join(dir, 'waymark.db') });
  const ended = new Map<string, ApiEvents['simulation.done']>();
  const waiting = new Map<string, (e: ApiEvents['simulation.done']) => void>();
  const progress: ApiEvents['progress'][] = [];
  host.on('progress', (p) => progress.push(p));
  host.on('simulation.done', (e) => {
    ended.set(e.runId, e);
    waiting.get(e.runId)?.(e);
  });
  return {
    ...host,
    progress,
    done: (runId) =>
      new Promise((resolve) => {
        const e = ended.get(runId);
        if (e) resolve(e);
        else waiting.set(runId, resolve);
      }),
    cleanup: () => {
      host.close();
      cleanup();
    },
  };
}

export async function refusal(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}
