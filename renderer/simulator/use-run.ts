// A whole-workspace run of a persona set in the host's worker: started, its
// progress followed from pushed `progress` events, cancelled, and its result
// fetched when `simulation.done` says it is ready.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/context';
import { type ApiClientError, toApiClientError } from '../api/errors';
import type { RunResult } from './types';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; runId: string | null; done: number; total: number }
  | { status: 'cancelled'; runId: string }
  | { status: 'failed'; error: ApiClientError }
  | { status: 'done'; runId: string; result: RunResult; seconds: number };

/** The last run of each window's API, kept while the simulator is closed. */
const remembered = new WeakMap<object, { state: RunState; runId: string | null }>();

export function useRun() {
  const api = useApi();
  const [state, setState] = useState<RunState>(
    () => remembered.get(api)?.state ?? { status: 'idle' },
  );
  // Events may come before simulation.run answers with the id: keep them.
  const progress = useRef(new Map<string, { done: number; total: number }>());
  const current = useRef<{ runId: string | null; started: number }>({
    runId: remembered.get(api)?.runId ?? null,
    started: performance.now(),
  });

  // Remember the run when the view goes; a run that was going is looked up again on return.
  const latest = useRef(state);
  latest.current = state;
  useEffect(
    () => () => {
      remembered.set(api, { state: latest.current, runId: current.current.runId });
    },
    [api],
  );

  const finish = useCallback(
    async (runId: string, ok: boolean, cancelled: boolean, error?: string) => {
      if (current.current.runId !== runId) return;
      if (cancelled) return setState({ status: 'cancelled', runId });
      if (!ok) return setState({ status: 'failed', error: toApiClientError({ message: error }) });
      try {
        const result = await api.invoke('simulation.result', { runId, personas: false });
        const seconds = (performance.now() - current.current.started) / 1000;
        if (current.current.runId === runId) setState({ status: 'done', runId, result, seconds });
      } catch (err) {
        setState({ status: 'failed', error: toApiClientError(err) });
      }
    },
    [api],
  );

  useEffect(() => {
    const offProgress = api.on('progress', (p) => {
      progress.current.set(p.task, { done: p.done, total: p.total });
      if (p.task !== current.current.runId) return;
      setState((s) => (s.status === 'running' ? { ...s, done: p.done, total: p.total } : s));
    });
    const offDone = api.on('simulation.done', (d) => {
      void finish(d.runId, d.ok, d.cancelled === true, d.error);
    });
    return () => {
      offProgress();
      offDone();
    };
  }, [api, finish]);

  useEffect(() => {
    const runId = current.current.runId;
    if (!runId || latest.current.status !== 'running') return;
    void api.invoke('simulation.status', { runId }).then((status) => {
      if (status.status !== 'running') {
        void finish(runId, status.status === 'done', status.status === 'cancelled', status.error);
      }
    });
  }, [api, finish]);

  const run = useCallback(
    async (personaSet: string, seed?: number) => {
      current.current = { runId: null, started: performance.now() };
      setState({ status: 'running', runId: null, done: 0, total: 0 });
      try {
        const { runId } = await api.invoke('simulation.run', {
          personaSet,
          ...(seed !== undefined ? { seed } : {}),
        });
        current.current.runId = runId;
        const seen = progress.current.get(runId) ?? { done: 0, total: 0 };
        setState({ status: 'running', runId, ...seen });
        // It may have ended before we knew its id.
        const status = await api.invoke('simulation.status', { runId });
        if (status.status !== 'running') {
          await finish(
            runId,
            status.status === 'done',
            status.status === 'cancelled',
            status.error,
          );
        }
      } catch (err) {
        setState({ status: 'failed', error: toApiClientError(err) });
      }
    },
    [api, finish],
  );

  const cancel = useCallback(async () => {
    const runId = current.current.runId;
    if (runId) await api.invoke('simulation.cancel', { runId });
  }, [api]);

  return { state, run, cancel };
}
