// The simulation worker's body (sim-worker.ts loads it): plays jobs off the thread that serves requests
// (DESIGN.md: nothing long runs there), one at a time as the host sends them,
// posting progress at each percent of the work (personas played), then the output with
// its aggregates and conflicts. It stays loaded between jobs, so a run does
// not pay for loading the simulator again.
import { parentPort } from 'node:worker_threads';
import { aggregate } from '../aggregates.ts';
import { loadSimulationSource } from '../app-input.ts';
import { findConflicts } from '../conflicts.ts';
import { tuneHeapForCohorts } from '../heap-tuning.ts';
import { createSimulation } from '../simulation.ts';
import { SimulationJob, type WorkerMessage } from './protocol.ts';

tuneHeapForCohorts();

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function run(job: SimulationJob): void {
  const loaded = loadSimulationSource(new Map(job.files), job.request);
  if (!loaded.ok) {
    post({ type: 'failed', failure: loaded.failure });
    return;
  }
  const { bundle, personas, seed, summary } = loaded.source;
  let posted = -1;
  const result = createSimulation({
    bundle,
    personas,
    ...(seed !== undefined ? { seed } : {}),
    summary,
    // Each percent once (the simulation reports the end twice).
    onProgress: (done, total) => {
      if (done <= posted) return;
      posted = done;
      post({ type: 'progress', done, total });
    },
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

parentPort?.on('message', (message: unknown) => {
  try {
    run(SimulationJob.parse(message));
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
