// The simulation worker's entry. A worker does not share its parent's compile
// cache, so when the host keeps one (the `waymark` command does, in
// bin/waymark.mjs) the worker turns the same folder on before it loads the
// simulator: a new worker then finds its modules already stripped and
// compiled, and the app's first simulation starts sooner.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

/** The compile cache folder the host passed (`workerData.compileCache`), if any. */
function compileCacheOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('compileCache' in data)) return undefined;
  return typeof data.compileCache === 'string' ? data.compileCache : undefined;
}

const cacheDir = compileCacheOf(workerData);
if (cacheDir !== undefined) enableCompileCache(cacheDir);
// Loaded only now, so that the cache holds the simulator's modules.
await import('./sim-worker-body.ts');
