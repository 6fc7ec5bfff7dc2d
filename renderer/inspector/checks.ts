// The renderer's own checks of form input. The renderer may not import the
// core's schemas (it reaches the core through the API), so these restate the
// few rules a form needs, with the core's messages (src/model/primitives.ts).
import { Liquid } from 'liquidjs';
import type { PropertyFilter } from '../../src/model';

/** Any JSON value, as the model stores property values. */
export type JsonValue = PropertyFilter[string];

export type Parsed<V, E = string> = { ok: true; value: V } | { ok: false; error: E };

export const ok = <V>(value: V): { ok: true; value: V } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

const durationPattern =
  /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export const messages = {
  duration: 'Must be an ISO 8601 duration such as PT1H, P2D or P1DT12H.',
  wholeNumber: 'Must be a whole number, 0 or more, such as 2.',
  clockTime: 'Must be a 24-hour clock time such as 09:00 or 21:30.',
  id: 'Must be 1 to 64 characters of a-z, 0-9 and "-".',
  email: 'Must be an email address such as ana@example.com.',
  number: 'Must be a number such as 42 or 9.99.',
  integer: 'Must be a whole number such as 0, 10 or -5.',
  json: 'Must be JSON, such as null, 3 or ["a", "b"].',
  weight:
    'Must be positive: give every variant a weight above 0 (weights are relative, such as 50 and 50), or remove the variant.',
  instantProperty:
    'Must start with "profile." or "event.": say whether the instant is in the profile or in the event that started the run, such as event.starts_at.',
} as const;

export function isDuration(text: string): boolean {
  return durationPattern.test(text);
}

export function checkDuration(text: string): Parsed<string> {
  const t = text.trim();
  return isDuration(t) ? ok(t) : fail(messages.duration);
}

export function checkWholeNumber(text: string): Parsed<number> {
  const t = text.trim();
  return /^\d{1,9}$/.test(t) ? ok(Number(t)) : fail(messages.wholeNumber);
}

export function checkInteger(text: string): Parsed<number> {
  const t = text.trim();
  return /^-?\d{1,9}$/.test(t) ? ok(Number(t)) : fail(messages.integer);
}

export function checkNumber(text: string): Parsed<number> {
  const t = text.trim();
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? ok(n) : fail(messages.number);
}

export function checkClockTime(text: string): Parsed<string> {
  const t = text.trim();
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(t) ? ok(t) : fail(messages.clockTime);
}

export function checkId(text: string): Parsed<string> {
  const t = text.trim();
  return /^[a-z0-9-]{1,64}$/.test(t) ? ok(t) : fail(messages.id);
}

export function checkEmailAddress(text: string): Parsed<string> {
  const t = text.trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(t) ? ok(t) : fail(messages.email);
}

/** A name that must not be empty: an event, a property path, a tag. */
export function checkRequired(what: string): (text: string) => Parsed<string> {
  return (text) => {
    const t = text.trim();
    return t === '' ? fail(`Needs ${what}.`) : ok(t);
  };
}

export function checkJson(text: string): Parsed<JsonValue> {
  try {
    return ok(JSON.parse(text) as JsonValue);
  } catch {
    return fail(messages.json);
  }
}

export function checkInstantProperty(text: string): Parsed<string> {
  const t = text.trim();
  return /^(profile|event)\.\S+$/.test(t) ? ok(t) : fail(messages.instantProperty);
}

const liquid = new Liquid();

/** Text that may hold Liquid (subjects, preheaders): it must parse. */
export function checkLiquid(text: string): Parsed<string> {
  try {
    liquid.parse(text);
    return ok(text);
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const message = (raw.split('\n')[0] ?? raw).replace(/, line:\d+, col:\d+\s*$/, '');
    return fail(
      `Has Liquid that does not parse (${message}): fix the tag, or close the one left open.`,
    );
  }
}

/** Two JSON values the same: drafts compare what they stand for with the node. */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
