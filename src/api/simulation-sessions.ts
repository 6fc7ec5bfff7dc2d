// simulation.session.*: the step-by-step simulator. A session plays a small
// persona set in the host process, moved by the person one step, to the next
// email, to a breakpoint or to the end; snapshots say where each persona is
// and which nodes and edges its path took, and the trace says why.
import { z } from 'zod';
import { exportWorkspace } from '../db/workspace-io.ts';
import { loadSimulationSource } from '../simulate/app-input.ts';
import { createSession, type SessionSnapshot } from '../simulate/session.ts';
import { ApiError } from './errors.ts';
import { handler } from './handler.ts';
import { Breakpoint, built, failureError, RunInput, TraceEntries } from './simulation-shapes.ts';
import { storeOf } from './simulation-store.ts';
import { query } from './wrap.ts';

/** Beyond this many personas, stepping is no help: run the set as a whole. */
const sessionLimit = 250;

const SessionId = z.object({ sessionId: z.string() });
const Snapshot = built<SessionSnapshot>();

export const simulationSessionHandlers = {
  'simulation.session.start': query(
    handler({
      summary:
        'Starts a step-by-step session of a small persona set against every journey that is not paused.',
      input: RunInput.omit({ summary: true }),
      output: z.object({ sessionId: z.string(), now: z.string(), snapshot: Snapshot }),
      run: (input, { services }) => {
        const loaded = loadSimulationSource(exportWorkspace(services.db), input);
        if (!loaded.ok) throw failureError(loaded.failure);
        const { personas } = loaded.source;
        const count =
          (personas.personas ?? []).length +
          (personas.cohorts ?? []).reduce((sum, c) => sum + c.count, 0);
        if (count > sessionLimit) {
          throw new ApiError(
            'bad-input',
            `${input.personaSet} has ${count} personas; step through at most ${sessionLimit}, or run it as a whole with simulation.run.`,
          );
        }
        const store = storeOf(services.db);
        const sessionId = store.nextId('session');
        const session = createSession(loaded.source);
        store.addSession({ id: sessionId, source: loaded.source, session });
        const snapshot = session.snapshot();
        return { sessionId, now: snapshot.now, snapshot };
      },
    }),
  ),

  'simulation.session.step': handler({
    summary:
      'Moves a session: one step, to the next email, to the next breakpoint reached, or to the end (of one persona when `persona` is given).',
    input: SessionId.extend({
      mode: z.enum(['step', 'nextEmail', 'breakpoint', 'end']),
      breakpoints: z.array(Breakpoint).optional(),
      persona: z.string().optional(),
    }),
    output: z.object({
      now: z.string(),
      done: z.boolean(),
      snapshot: Snapshot,
      newTrace: TraceEntries,
    }),
    run: ({ sessionId, mode, breakpoints, persona }, { services }) =>
      storeOf(services.db)
        .session(sessionId)
        .session.advance(mode, {
          ...(breakpoints ? { breakpoints } : {}),
          ...(persona !== undefined ? { persona } : {}),
        }),
  }),

  'simulation.session.reset': handler({
    summary: 'Takes a session back to its start.',
    input: SessionId,
    output: z.object({ now: z.string(), snapshot: Snapshot }),
    run: ({ sessionId }, { services }) => {
      const snapshot = storeOf(services.db).session(sessionId).session.reset();
      return { now: snapshot.now, snapshot };
    },
  }),

  'simulation.session.close': handler({
    summary: 'Forgets a session.',
    input: SessionId,
    output: z.object({}),
    run: ({ sessionId }, { services }) => {
      storeOf(services.db).sessions.delete(sessionId);
      return {};
    },
  }),

  'simulation.session.trace': handler({
    summary:
      "A session's trace so far, in time order: every event, step, email, hold, suppression and exit with the engine's reason sentence.",
    input: SessionId.extend({ persona: z.string().optional() }),
    output: z.object({ entries: TraceEntries }),
    run: ({ sessionId, persona }, { services }) => ({
      entries: storeOf(services.db).session(sessionId).session.trace(persona),
    }),
  }),
};
