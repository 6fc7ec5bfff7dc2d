// Documents of the folder format crossing the API. Inputs are checked with
// their schema but kept as sent (key order, unknown fields), so saving
// changes only what the person changed; outputs are the stored objects.
import { z } from 'zod';
import type { Problem } from '../model/problem.ts';
import { zodProblems } from '../model/zod-problems.ts';
import { ApiError } from './errors.ts';

/** A document typed as T, passed through as is (it is checked in the handler or was when stored). */
export function document<T>() {
  return z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    message: 'must be a JSON object',
  });
}

/** The value, checked against the schema; a bad one is refused with every problem located. */
export function checked<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems: Problem[] = zodProblems(file, result.error, value);
    const lines = problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('; ');
    throw new ApiError('bad-input', `${file} is not valid: ${lines}`, problems);
  }
  // The caller's object, not zod's copy: it keeps key order and unknown fields.
  return value as T;
}
