// Cross-cutting concerns, applied where a handler is registered so that the
// handlers themselves stay plain functions: storage errors become ApiErrors,
// and mutations run in one transaction whose events go out only on commit.
import type { z } from 'zod';
import { DatabaseOpenError, RecordNotFoundError } from '../db/errors.ts';
import { FolderReadError } from '../db/folder-io.ts';
import { InvalidWorkspaceError } from '../db/workspace-io.ts';
import { ApiError } from './errors.ts';
import type { ApiEventName } from './events.ts';
import type { Handler, HandlerContext } from './handler.ts';
import './services.ts';

/** Storage errors as the API's typed errors; anything else passes through. */
export function apiErrorOf(err: unknown): unknown {
  if (err instanceof RecordNotFoundError) return new ApiError('not-found', err.message);
  if (err instanceof InvalidWorkspaceError) {
    return new ApiError('invalid-workspace', err.message, err.problems);
  }
  if (err instanceof FolderReadError || err instanceof DatabaseOpenError) {
    return new ApiError('bad-input', err.message);
  }
  return err;
}

/** A handler whose storage errors reach the caller as ApiErrors. */
export function query<I extends z.ZodType, O extends z.ZodType>(h: Handler<I, O>): Handler<I, O> {
  return {
    ...h,
    run: async (input, ctx) => {
      try {
        return await h.run(input, ctx);
      } catch (err) {
        throw apiErrorOf(err);
      }
    },
  };
}

/**
 * Runs a synchronous handler in one SQLite transaction. Events it emits are
 * held back and sent after the commit, so nobody refreshes from a rollback.
 */
export function inTransaction<I extends z.ZodType, O extends z.ZodType>(
  h: Handler<I, O>,
): Handler<I, O> {
  return {
    ...h,
    run: (input, ctx) => {
      const held: [ApiEventName, unknown][] = [];
      const local: HandlerContext = {
        ...ctx,
        events: (name, payload) => {
          held.push([name, payload]);
        },
      };
      // better-sqlite3 refuses a transaction function that returns a promise:
      // a handler wrapped here must be synchronous.
      const result = ctx.services.db.sqlite.transaction(() => h.run(input, local))();
      for (const [name, payload] of held) emitUnchecked(ctx, name, payload);
      return result;
    },
  };
}

/** A change: one transaction, errors mapped. */
export function mutation<I extends z.ZodType, O extends z.ZodType>(
  h: Handler<I, O>,
): Handler<I, O> {
  return query(inTransaction(h));
}

function emitUnchecked(ctx: HandlerContext, name: ApiEventName, payload: unknown): void {
  // The payload was typed for `name` when the handler emitted it.
  (ctx.events as (n: ApiEventName, p: unknown) => void)(name, payload);
}
