// Starts a simulation job in a worker thread and follows it: progress as it
// comes, then the payload, a located input failure, or cancellation. Workers
// that finished a job wait (unreferenced, so they never keep the process
// alive) for the next one; a cancelled job's worker is terminated.
import { getCompileCacheDir } from 'node:module';
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

/** Loaded workers waiting for a job (compare runs two at once). */
const idle: Worker[] = [];
const keptIdle = 2;

function spawn(): Worker {
  // Node runs the TypeScript worker natively, like the rest of src/. It keeps
  // its compiled modules in this process's compile cache, when there is one.
  const worker = new Worker(new URL('./sim-worker.ts', import.meta.url), {
    workerData: { compileCache: getCompileCacheDir() },
  });
  // A worker that dies while idle is simply not reused.
  worker.once('exit', () => {
    const i = idle.indexOf(worker);
    if (i !== -1) idle.splice(i, 1);
  });
  return worker;
}

export function startSimulationJob(
  job: SimulationJob,
  onProgress: (done: number, total: number) => void = () => {},
): JobHandle {
  const worker = idle.pop() ?? spawn();
  worker.ref();
  let settle: (o: JobOutcome) => void = () => {};
  const outcome = new Promise<JobOutcome>((resolve) => {
    settle = (o) => {
      if (!listening) return;
      listening = false;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (o.status === 'done' || o.status === 'failed') release(worker);
      else void worker.terminate();
      resolve(o);
    };
  });
  let listening = true;
  function onMessage(raw: unknown): void {
    const parsed = WorkerMessage.safeParse(raw);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.type === 'progress') onProgress(m.done, m.total);
    else if (m.type === 'done') settle({ status: 'done', payload: m.payload });
    else if (m.type === 'failed') settle({ status: 'failed', failure: m.failure });
    else settle({ status: 'error', message: m.message });
  }
  function onError(err: unknown): void {
    settle({ status: 'error', message: err instanceof Error ? err.message : String(err) });
  }
  function onExit(code: number): void {
    settle({ status: 'error', message: `the simulation stopped unexpectedly (exit code ${code})` });
  }
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
  worker.postMessage(job);
  return { outcome, cancel: () => settle({ status: 'cancelled' }) };
}

function release(worker: Worker): void {
  if (idle.length >= keptIdle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle.push(worker);
}
