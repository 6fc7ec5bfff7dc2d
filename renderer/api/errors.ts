// Errors as the renderer shows them: a code, a message, and the problems
// (file, JSON path, what to do) when the core sent some.
import type { ApiErrorShape } from '../../src/api/errors';

export type Problem = NonNullable<ApiErrorShape['problems']>[number];

export class ApiClientError extends Error {
  readonly code: string;
  readonly problems: Problem[];
  constructor(code: string, message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'ApiClientError';
    this.code = code;
    this.problems = problems;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isProblem(value: unknown): value is Problem {
  return isRecord(value) && typeof value.message === 'string' && typeof value.path === 'string';
}

/** Whatever a transport rejected with, as an ApiClientError. */
export function toApiClientError(value: unknown): ApiClientError {
  if (value instanceof ApiClientError) return value;
  if (isRecord(value) && typeof value.message === 'string') {
    const code = typeof value.code === 'string' ? value.code : 'internal';
    const problems = Array.isArray(value.problems) ? value.problems.filter(isProblem) : [];
    return new ApiClientError(code, value.message, problems);
  }
  return new ApiClientError('internal', String(value));
}
