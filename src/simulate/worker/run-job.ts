// Starts a simulation job in a worker thread and follows it: progress as it
// comes, then the payload, a located input failure, or cancellation.
import { Worker } from 'node:worker_threads';
import type { InputFailure } from '../app-input.ts';
import { type RunPayload, type SimulationJob, WorkerMessage } from './protocol.ts';

export type JobOutcome =
  | { status: 'done'; payload: RunPayload }
  | { status: 'failed'; failure: InputFailure }
  | { status: 'error'; message: string }
  | { status: 'cancelled' };

export type JobHandle = {
  /** Settles once, with how the job ended; never rejects. */
  outcome: Promise<JobOutcome>;
  /** Stops the worker at once; the outcome becomes `cancelled`. */
  cancel: () => void;
};

export function startSimulationJob(
  job: SimulationJob,
  onProgress: (done: number, total: number) => void = () => {},
): JobHandle {
  // Node runs the TypeScript worker natively, like the rest of src/.
  const worker = new Worker(new URL('./sim-worker.ts', import.meta.url), { workerData: job });
  let settle: (o: JobOutcome) => void = () => {};
  let settled = false;
  const outcome = new Promise<JobOutcome>((resolve) => {
    settle = (o) => {
      if (settled) return;
      settled = true;
      resolve(o);
    };
  });
  worker.on('message', (raw: unknown) => {
    const parsed = WorkerMessage.safeParse(raw);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.type === 'progress') onProgress(m.done, m.total);
    else if (m.type === 'done') settle({ status: 'done', payload: m.payload });
    else if (m.type === 'failed') settle({ status: 'failed', failure: m.failure });
    else settle({ status: 'error', message: m.message });
  });
  worker.on('error', (err: unknown) =>
    settle({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
  worker.on('exit', (code) =>
    settle({ status: 'error', message: `the simulation stopped unexpectedly (exit code ${code})` }),
  );
  return {
    outcome,
    cancel: () => {
      settle({ status: 'cancelled' });
      void worker.terminate();
    },
  };
}
