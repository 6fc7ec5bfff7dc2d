// Runs and step-by-step sessions of one host, kept in memory beside the
// database they simulate (one store per open database, forgotten with it).
// Runs play in worker threads; sessions are small and stepped in-process.
import type { WaymarkDb } from '../db/open.ts';
import type { FolderFiles } from '../model/folder.ts';
import type { RunRequest, SimulationSource } from '../simulate/app-input.ts';
import type { Session } from '../simulate/session.ts';
import type { RunPayload } from '../simulate/worker/protocol.ts';
import type { JobHandle, JobOutcome } from '../simulate/worker/run-job.ts';
import { ApiError } from './errors.ts';

export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled';

export type RunRecord = {
  id: string;
  request: RunRequest;
  /** The workspace as it was when the run started, for previews of its emails. */
  files: FolderFiles;
  status: RunStatus;
  progress: { done: number; total: number };
  startedAt: number;
  finishedAt?: number;
  job: JobHandle;
  outcome?: JobOutcome;
  payload?: RunPayload;
  /** Loaded on the first preview. */
  source?: SimulationSource;
};

export type SessionRecord = { id: string; source: SimulationSource; session: Session };

/** Finished runs kept for result, conflicts and preview; older ones are forgotten. */
const keptRuns = 4;
const keptSessions = 16;

export class SimulationStore {
  readonly runs = new Map<string, RunRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  private counter = 0;

  nextId(prefix: string): string {
    this.counter++;
    return `${prefix}-${Date.now().toString(36)}-${this.counter}`;
  }

  addRun(record: RunRecord): void {
    this.runs.set(record.id, record);
    const finished = [...this.runs.values()].filter((r) => r.status !== 'running');
    for (const r of finished.slice(0, Math.max(0, finished.length - keptRuns)))
      this.runs.delete(r.id);
  }

  run(id: string): RunRecord {
    const r = this.runs.get(id);
    if (!r)
      throw new ApiError(
        'not-found',
        `There is no simulation run "${id}" (it may have been forgotten: start it again).`,
      );
    return r;
  }

  addSession(record: SessionRecord): void {
    this.sessions.set(record.id, record);
    const ids = [...this.sessions.keys()];
    for (const id of ids.slice(0, Math.max(0, ids.length - keptSessions))) this.sessions.delete(id);
  }

  session(id: string): SessionRecord {
    const s = this.sessions.get(id);
    if (!s) throw new ApiError('not-found', `There is no simulation session "${id}": start one.`);
    return s;
  }
}

const stores = new WeakMap<WaymarkDb, SimulationStore>();

export function storeOf(db: WaymarkDb): SimulationStore {
  let store = stores.get(db);
  if (!store) {
    store = new SimulationStore();
    stores.set(db, store);
  }
  return store;
}
