// Reading back a stored document: it passed its schema when written, and is
// checked again so a hand-edited database cannot hand the app a bad shape.
import type { z } from 'zod';

export function parseStored<T>(schema: z.ZodType<T>, json: string, what: string): T {
  const value: unknown = JSON.parse(json);
  if (!schema.safeParse(value).success) {
    throw new Error(`the stored ${what} no longer matches its schema`);
  }
  // The object as written (key order, unknown fields), not zod's copy.
  return value as T;
}
