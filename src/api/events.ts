// Pushed events (progress, live counts, inbox arrivals), typed like handlers:
// one zod schema per event name. Hosts deliver them over IPC or SSE.
import { z } from 'zod';

export const apiEvents = {
  /** Progress of long work (a cohort simulation, an import); `total` 0 when unknown. */
  progress: z.object({
    task: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  /** A simulation run ended: `ok`, or why not (cancelled, or the error). */
  'simulation.done': z.object({
    runId: z.string(),
    ok: z.boolean(),
    cancelled: z.boolean().optional(),
    error: z.string().optional(),
  }),
  /** Something in the workspace changed; lists refresh. */
  'workspace.changed': z.object({
    kind: z.enum(['workspace', 'journey', 'template', 'segment', 'personas', 'settings']),
    id: z.string().optional(),
  }),
} as const;

export type ApiEvents = { [K in keyof typeof apiEvents]: z.infer<(typeof apiEvents)[K]> };
export type ApiEventName = keyof ApiEvents;

export type EventSink = <K extends ApiEventName>(name: K, payload: ApiEvents[K]) => void;

/** A sink that fans out to listeners; hosts subscribe their transports. */
export function createEventHub(): {
  emit: EventSink;
  subscribe: (listener: (name: ApiEventName, payload: unknown) => void) => () => void;
} {
  const listeners = new Set<(name: ApiEventName, payload: unknown) => void>();
  return {
    emit: (name, payload) => {
      for (const l of listeners) l(name, payload);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
