// The simulation output exactly as spec/FORMAT.md ("Simulation output")
// names it; `JSON.stringify(output, null, 2)` of these objects, built with a
// fixed key order, is what `waymark simulate --json` prints.
import type { EndReason } from '../engine/state.ts';
import type { SuppressionReason, TraceEntry } from '../engine/types.ts';
import type { JsonObject } from '../engine/values.ts';

export type EmailOut = {
  at: string;
  journey: string;
  node: string;
  template: string;
  subject: string;
  to: string;
  /** Present only when rendering failed (the email still counts as sent). */
  error?: string;
};

export type SuppressedOut = {
  at: string;
  journey: string;
  node: string;
  reason: SuppressionReason;
};

export type RunOut = { journey: string; entered: string; exited: string | null; reason: EndReason };

export type StepOut = { at: string; journey: string; node: string; type: string; port?: string };

export type PersonaOut = {
  id: string;
  emails: EmailOut[];
  suppressed: SuppressedOut[];
  runs: RunOut[];
  steps: StepOut[];
  profile: JsonObject;
};

export type JourneyCountsOut = {
  entered: number;
  conversions: number;
  nodes: Record<string, { reached: number }>;
};

export type SimulationOutput = {
  start: string;
  end: string;
  seed: number;
  personas: PersonaOut[];
  journeys: Record<string, JourneyCountsOut>;
};

export type SimulationStats = {
  personas: number;
  /** Node transitions: each time a run reached a node. */
  nodeSteps: number;
  events: number;
  timers: number;
  emails: number;
};

export type SimulationResult = {
  output: SimulationOutput;
  /** Trace entries per persona id (cohort members only without `summary`). */
  trace: Record<string, TraceEntry[]>;
  stats: SimulationStats;
};

/** The output as the command prints it: two spaces, final newline. */
export function outputJson(output: SimulationOutput): string {
  return `${JSON.stringify(output, null, 2)}\n`;
}
