// The one entry into the core: look up a method, validate its input, run it,
// validate its output. Every host (in-process, IPC, HTTP) goes through here.
import { z } from 'zod';
import { ApiError } from './errors.ts';
import type { HandlerContext, HandlerMap } from './handler.ts';

export type Dispatch = (method: string, input: unknown, signal?: AbortSignal) => Promise<unknown>;

export function createDispatch(
  handlers: HandlerMap,
  context: Omit<HandlerContext, 'signal'>,
): Dispatch {
  return async (method, input, signal) => {
    if (!Object.hasOwn(handlers, method)) {
      throw new ApiError('unknown-method', `There is no API method "${method}".`);
    }
    const h = handlers[method];
    if (!h) throw new ApiError('unknown-method', `There is no API method "${method}".`);
    const parsed = h.input.safeParse(input);
    if (!parsed.success) {
      throw new ApiError(
        'bad-input',
        `${method}: the input is not valid: ${z.prettifyError(parsed.error)}`,
      );
    }
    const ctx: HandlerContext = { ...context, signal: signal ?? new AbortController().signal };
    try {
      const result = await h.run(parsed.data, ctx);
      return h.output.parse(result);
    } catch (err) {
      if (err instanceof ApiError) throw err;
      if (signal?.aborted) throw new ApiError('cancelled', `${method} was cancelled.`);
      throw new ApiError(
        'internal',
        `${method} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };
}
