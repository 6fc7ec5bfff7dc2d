// A step-by-step session: started on a persona set, moved one step, to the
// next email, to a breakpoint or to the end (for the selected persona), reset.
// The timeline is the engine's trace, read back after every move.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/context';
import { type ApiClientError, toApiClientError } from '../api/errors';
import type { Breakpoint, Snapshot, StepMode, TraceEntry } from './types';

export type SessionSetup = {
  personaSet: string;
  start?: string;
  horizon?: string;
  seed?: number;
};

export type SessionState = {
  sessionId: string | null;
  /** The persona set the session plays. */
  personaSet: string | null;
  snapshot: Snapshot | null;
  trace: TraceEntry[];
  persona: string | null;
  /** Where "to breakpoint" stops; kept with the session when the simulator closes. */
  breakpoints: Breakpoint[];
  busy: boolean;
  error: ApiClientError | null;
};

const initial: SessionState = {
  sessionId: null,
  personaSet: null,
  snapshot: null,
  trace: [],
  persona: null,
  breakpoints: [],
  busy: false,
  error: null,
};

/** Each window's session, kept (open on the host) while the simulator is closed. */
const remembered = new WeakMap<object, SessionState>();

/** The persona set of the session a window left open, if any. */
export function rememberedSet(api: object): string | null {
  return remembered.get(api)?.personaSet ?? null;
}

export function useSession() {
  const api = useApi();
  const [state, setState] = useState<SessionState>(() => ({
    ...(remembered.get(api) ?? initial),
    busy: false,
  }));
  const live = useRef(state);
  live.current = state;

  const guard = useCallback(async (work: () => Promise<Partial<SessionState>>) => {
    if (live.current.busy) return;
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const patch = await work();
      setState((s) => ({ ...s, ...patch, busy: false }));
    } catch (err) {
      setState((s) => ({ ...s, busy: false, error: toApiClientError(err) }));
    }
  }, []);

  const traceOf = useCallback(
    async (sessionId: string, persona: string | null) =>
      persona === null
        ? []
        : (await api.invoke('simulation.session.trace', { sessionId, persona })).entries,
    [api],
  );

  const start = useCallback(
    (setup: SessionSetup) =>
      guard(async () => {
        const old = live.current.sessionId;
        if (old) void api.invoke('simulation.session.close', { sessionId: old }).catch(() => {});
        const { sessionId, snapshot } = await api.invoke('simulation.session.start', setup);
        const keep = live.current.persona;
        const persona =
          snapshot.personas.find((p) => p.id === keep)?.id ?? snapshot.personas[0]?.id ?? null;
        return {
          sessionId,
          personaSet: setup.personaSet,
          snapshot,
          persona,
          trace: await traceOf(sessionId, persona),
        };
      }),
    [api, guard, traceOf],
  );

  const advance = useCallback(
    (mode: StepMode) =>
      guard(async () => {
        const { sessionId, persona, breakpoints } = live.current;
        if (!sessionId) return {};
        const moved = await api.invoke('simulation.session.step', {
          sessionId,
          mode,
          ...(persona !== null ? { persona } : {}),
          ...(mode === 'breakpoint' ? { breakpoints } : {}),
        });
        return { snapshot: moved.snapshot, trace: await traceOf(sessionId, persona) };
      }),
    [api, guard, traceOf],
  );

  const reset = useCallback(
    () =>
      guard(async () => {
        const { sessionId, persona } = live.current;
        if (!sessionId) return {};
        const { snapshot } = await api.invoke('simulation.session.reset', { sessionId });
        return { snapshot, trace: await traceOf(sessionId, persona) };
      }),
    [api, guard, traceOf],
  );

  const selectPersona = useCallback(
    (persona: string) =>
      guard(async () => {
        const { sessionId } = live.current;
        return { persona, trace: sessionId ? await traceOf(sessionId, persona) : [] };
      }),
    [guard, traceOf],
  );

  const setBreakpoints = useCallback(
    (update: (all: Breakpoint[]) => Breakpoint[]) =>
      setState((s) => ({ ...s, breakpoints: update(s.breakpoints) })),
    [],
  );

  // Keep the session and its breakpoints for when the person comes back (a new start closes it).
  useEffect(
    () => () => {
      remembered.set(api, live.current);
    },
    [api],
  );

  return { ...state, start, advance, reset, selectPersona, setBreakpoints };
}
