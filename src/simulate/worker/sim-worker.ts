// The simulation worker: plays one job off the thread that serves requests
// (DESIGN.md: nothing long runs there), posting progress at each percent of
// simulated time, then the output with its aggregates and conflicts.
import { parentPort, workerData } from 'node:worker_threads';
import { aggregate } from '../aggregates.ts';
import { loadSimulationSource } from '../app-input.ts';
import { findConflicts } from '../conflicts.ts';
import { createSimulation } from '../simulation.ts';
import { SimulationJob, type WorkerMessage } from './protocol.ts';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function run(): void {
  const data: unknown = workerData;
  const job = SimulationJob.parse(data);
  const loaded = loadSimulationSource(new Map(job.files), job.request);
  if (!loaded.ok) {
    post({ type: 'failed', failure: loaded.failure });
    return;
  }
  const { bundle, personas, seed, summary } = loaded.source;
  const result = createSimulation({
    bundle,
    personas,
    ...(seed !== undefined ? { seed } : {}),
    summary,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  }).runToEnd();
  const everyoneListed = !summary || (personas.cohorts ?? []).length === 0;
  post({
    type: 'done',
    payload: {
      output: result.output,
      aggregates: aggregate(bundle, result.output, everyoneListed),
      conflicts: findConflicts(bundle, result.output, result.trace),
      stats: result.stats,
    },
  });
}

try {
  run();
} catch (err) {
  post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
