// Errors that cross the API boundary: typed, serializable, with the problems
// (file, JSON path, what to do) when there are some.
import { z } from 'zod';

export const ApiErrorCode = z.enum([
  'bad-input',
  'not-found',
  'conflict',
  'invalid-workspace',
  'cancelled',
  'unknown-method',
  'internal',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ProblemShape = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  path: z.string(),
  value: z.string().optional(),
  message: z.string(),
  journey: z.string().optional(),
  node: z.string().optional(),
});

export const ApiErrorShape = z.object({
  code: ApiErrorCode,
  message: z.string(),
  problems: z.array(ProblemShape).optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly problems: z.infer<typeof ProblemShape>[] | undefined;
  constructor(code: ApiErrorCode, message: string, problems?: z.infer<typeof ProblemShape>[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.problems = problems;
  }
  toJSON(): ApiErrorShape {
    return this.problems
      ? { code: this.code, message: this.message, problems: this.problems }
      : { code: this.code, message: this.message };
  }
  static from(value: unknown): ApiError {
    if (value instanceof ApiError) return value;
    const parsed = ApiErrorShape.safeParse(value);
    if (parsed.success)
      return new ApiError(parsed.data.code, parsed.data.message, parsed.data.problems);
    return new ApiError('internal', value instanceof Error ? value.message : String(value));
  }
}
