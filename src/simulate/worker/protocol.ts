// What the host and a simulation worker say to each other. The job goes in
// as workerData; progress, then the payload or a failure, come back as
// messages. Checked on arrival, since worker messages are untyped.
import { z } from 'zod';
import type { Aggregates } from '../aggregates.ts';
import type { InputFailure } from '../app-input.ts';
import type { Conflicts } from '../conflicts.ts';
import type { SimulationOutput, SimulationStats } from '../output.ts';

export const SimulationJob = z.object({
  /** The workspace in the folder format: [relative path, text]. */
  files: z.array(z.tuple([z.string(), z.string()])),
  request: z.object({
    personaSet: z.string(),
    seed: z.number().int().optional(),
    start: z.string().optional(),
    horizon: z.string().optional(),
    summary: z.boolean().optional(),
  }),
});
export type SimulationJob = z.infer<typeof SimulationJob>;

/** What a finished run leaves: the spec's output and what the app draws from it. */
export type RunPayload = {
  output: SimulationOutput;
  aggregates: Aggregates;
  conflicts: Conflicts;
  stats: SimulationStats;
};

const isObject = (v: unknown) => typeof v === 'object' && v !== null;

export const WorkerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({ type: z.literal('failed'), failure: z.custom<InputFailure>(isObject) }),
  z.object({ type: z.literal('error'), message: z.string() }),
  z.object({ type: z.literal('done'), payload: z.custom<RunPayload>(isObject) }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessage>;
