// A handler: a plain function with a zod input and output schema. Domains
// export maps of them; the registry joins the maps (registry.ts).
import type { z } from 'zod';
import type { EventSink } from './events.ts';

/** What every handler may use; built once per host (see src/host/). */
export type HandlerContext<Services = AppServices> = {
  services: Services;
  events: EventSink;
  /** Aborted when the caller cancels (long work: simulations, imports). */
  signal: AbortSignal;
};

/**
 * The services a host gives handlers. Declared by module augmentation in the
 * domains that need them (db, mail, workers), so this file stays small.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging
export interface AppServices {}

export type Handler<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  input: I;
  output: O;
  /** A sentence for `--help` listings and API docs. */
  summary: string;
  run: (input: z.output<I>, ctx: HandlerContext) => Promise<z.input<O>> | z.input<O>;
};

export function handler<I extends z.ZodType, O extends z.ZodType>(
  def: Handler<I, O>,
): Handler<I, O> {
  return def;
}

export type HandlerMap = Record<string, Handler>;
