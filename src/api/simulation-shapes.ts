// Inputs and outputs of simulation.*: inputs in zod, outputs typed by the
// simulator's own types and passed through as built (they are large, and the
// spec's output keeps its key order and the profiles' free fields).
import { z } from 'zod';
import type { TraceEntry } from '../engine/types.ts';
import { Duration, Instant } from '../model/primitives.ts';
import type { InputFailure } from '../simulate/app-input.ts';
import { ApiError } from './errors.ts';

export const PersonaSetName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be a persona set name');

export const RunInput = z.object({
  personaSet: PersonaSetName,
  seed: z.number().int().optional(),
  start: Instant.optional(),
  horizon: Duration.optional(),
  summary: z.boolean().optional(),
});

export const Breakpoint = z.object({ journey: z.string(), node: z.string() });

/** A value the core built with its own types, passed through unchanged. */
export function built<T>() {
  return z.custom<T>((v) => typeof v === 'object' && v !== null);
}

export const TraceEntries = z.array(built<TraceEntry>());

export function failureError(failure: InputFailure): ApiError {
  return new ApiError(failure.code, failure.message, failure.problems);
}
