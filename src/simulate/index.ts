// The simulator's public API: run a workspace against a persona file.

import type { SimulationResult } from './output.ts';
import { createSimulation, type SimulationInput } from './simulation.ts';

export type { EmailRenderer, RenderScope } from '../engine/render.ts';
export type { TraceEntry } from '../engine/types.ts';
export type * from './output.ts';
export { outputJson } from './output.ts';
export { checkPersonas } from './personas.ts';
export { formatReport } from './report.ts';
export type { RunPosition, Simulation, SimulationInput, SimulationSnapshot } from './simulation.ts';
export { createSimulation, SimulationInputError } from './simulation.ts';

/** Simulates the workspace's journeys (all but paused ones) against the personas, to the horizon. */
export function simulateWorkspace(input: SimulationInput): SimulationResult {
  return createSimulation(input).runToEnd();
}
